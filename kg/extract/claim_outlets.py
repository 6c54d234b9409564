"""Broadcasters named after their state ("Radio New Zealand", "Radio Television of Serbia", "Voice of
America"): the state's name inside the outlet's name is part of the outlet, not a state of its own."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

# words that open or make a broadcaster's or agency's name
OUTLET_HEADS = frozenset("radio television tv broadcasting broadcaster voice news press agency".split())


def state_inside(view: SentenceView, at: int, words: list[int]) -> int | None:
    """When the state named at token *at* continues an outlet's name read so far (*words*, its token
    indices), the index just past the state's name; else None."""
    mention = view.actor_at.get(at)
    if mention is None or not words or mention.first != at:
        return None
    if not any(view.lower[k] in OUTLET_HEADS for k in words):
        return None
    if mention.entity.kind != "state" or mention.how != "name":
        return None
    return mention.last


def broadcaster_of(view: SentenceView, mention: Mention) -> tuple[EntityRef, int] | None:
    """"Radio New Zealand reported ...": the state *mention* closes a broadcaster's name that opens with
    capitalised words, one of them an outlet word; the outlet and its first token, else None."""
    from kg.extract.claim_cues import source_name  # claim_cues reads names through this module
    k = mention.first - 1
    while k >= 0 and (view.tokens[k].text[:1].isupper() or (view.lower[k] == "of" and k > 0)) \
            and k not in view.actor_at:
        k -= 1
    first = k + 1
    if first == mention.first or view.lower[first] == "of" \
            or not any(view.lower[i] in OUTLET_HEADS for i in range(first, mention.first)):
        return None
    found = source_name(view, first, 1)
    if found is None or found[2] < mention.last:
        return None
    return found[0], found[1]


_WRITTEN = frozenset("reports newspapers papers media outlets".split())


def written_media(speaker: EntityRef) -> bool:
    """Is *speaker* an unnamed group of media ("media reports", "financial newspapers", "local media"), whose
    words are a report (C5 "reported")?"""
    return speaker.kind == "group" and speaker.label.lower().split()[-1] in _WRITTEN
