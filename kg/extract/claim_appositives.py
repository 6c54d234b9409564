"""Speakers named before an aside: "Reuters, citing people familiar with it, reported", "Kirill Dmitriev,
the Kremlin's envoy, said" -- the chunk before the comma names who speaks."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_time_openers import after_time_opening
from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

CHUNK_SKIPS = frozenset("citing quoting according".split())
_MEDIA_NOUNS = frozenset("agency newspaper daily broadcaster channel outlet website paper tabloid weekly "
                         "magazine television radio".split())  # "the state news agency Antara"


def appositive(view: SentenceView, first: int) -> bool:
    """Does the chunk at *first* read as an aside ("citing officials", "chief executive of X", "the envoy")?"""
    return view.lower[first] in CHUNK_SKIPS or view.tokens[first].text[:1].islower()


def before_appositive(view: SentenceView, app_start: int,
                      speaker: Callable[[Mention], EntityRef]) -> tuple[EntityRef, int] | None:
    """The speaker in the chunk before an aside that starts at *app_start* (after its comma); *speaker* reads
    a mention as the entity that speaks."""
    prev_start = app_start - 1
    while prev_start > 0 and view.lower[prev_start - 1] not in (",", ".", ";", "”", '"', "“"):
        prev_start -= 1
    prev_start = after_time_opening(view, prev_start, app_start - 1)  # "Last week Reuters, citing ..."
    j = prev_start + (view.lower[prev_start] == "the")
    mention = view.actor_at.get(j)
    if mention is not None and mention.first == j and mention.last == app_start - 1:
        return speaker(mention), mention.first  # the chunk before the aside is the speaker's name alone
    if view.lower[app_start] in CHUNK_SKIPS and j < app_start - 1 and view.tokens[j].text[:1].isupper():
        end = j
        while end < app_start - 1 and view.tokens[end].text[:1].isupper():
            end += 1
        if end == app_start - 1:  # the whole chunk is a name: "Reuters, citing ..."
            sentence = view.sentence
            name = sentence.text[view.tokens[prev_start].start - sentence.start:
                                 view.tokens[end - 1].end - sentence.start]
            return EntityRef("organisation", slug(name), name), prev_start
    if view.lower[app_start] in CHUNK_SKIPS:  # "The state news agency Antara, citing an official, reported"
        end = app_start - 1
        start = end
        while start > j and view.tokens[start - 1].text[:1].isupper() and start - 1 not in view.actor_at:
            start -= 1
        if start < end and view.lower[start - 1] in _MEDIA_NOUNS and all(
                view.tokens[x].text.islower() for x in range(j, start)):
            sentence = view.sentence
            name = sentence.text[view.tokens[start].start - sentence.start:view.tokens[end - 1].end - sentence.start]
            return EntityRef("organisation", slug(name), name), start
    return None
