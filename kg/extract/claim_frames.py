"""Frames around a speech verb: verbs that make a statement only in one frame ("declined to comment (on ...)",
not "declined the offer"; "posted on Telegram that ...", not "posted troops"), and a speaker's name set off
after a title phrase."""

from __future__ import annotations

from kg.extract.view import BE_FORMS, SentenceView
from kg.model import Mention

_TITLES = frozenset("ambassador envoy minister head chief spokesman spokeswoman spokesperson secretary president "
                    "director adviser advisor representative commander governor premier chancellor".split())


def declined_to_say(view: SentenceView, j: int, objects: frozenset[str]) -> bool:
    """Is the verb at *j* followed by "to" and a verb of saying ("declined to comment", "refused to confirm")?"""
    return j + 2 < len(view.tokens) and view.lower[j + 1] == "to" and view.lower[j + 2] in objects


def expressed_stance(view: SentenceView, j: int, objects: frozenset[str]) -> bool:
    """Does "expressed" at *j* express a stance ("expressed deep concern over ...", "voiced support for")?"""
    return any(w in objects for w in view.lower[j + 1:j + 6])  # "voiced his country's interest in"


def posted_on(view: SentenceView, j: int) -> bool:
    """Does "posted" at *j* put words on a platform: "posted on Telegram that ...", "posted on X: ..."?"""
    return j + 2 < len(view.tokens) and view.lower[j + 1] in ("on", "to") and any(
        w in ("that", ":", '"', "“") for w in view.lower[j + 2:j + 7])


def titled_aside(view: SentenceView, mention: Mention, verb: int) -> bool:
    """Is the person *mention* a name set off by commas right before the verb at *verb*, after a title phrase
    that opens the sentence ("Russia's ambassador to the UN, Vassily Nebenzia, told ...")?"""
    if mention.entity.kind != "person" or mention.last != verb - 1 or mention.first < 2 \
            or view.lower[mention.first - 1] != ",":
        return False
    phrase = view.lower[:mention.first - 1]
    return "," not in phrase and any(word in _TITLES for word in phrase)


_TELLING = frozenset("told tells assured assures informed informs".split())
_AUXILIARIES = frozenset("is was were are be been had has have would will could should can may might".split())


def addressee_end(view: SentenceView, verb: int, first: int) -> int:
    """Where what was told starts: after "that" when the verb at *verb* names its addressee first ("told
    Vladimir Putin that ...", "told the Security Council on Monday that ..."); else *first*."""
    if first >= len(view.tokens) or view.lower[first] == "that" or (
            view.lower[verb] not in _TELLING and view.lower[first] != "to"):  # "confirmed to Reuters that ..."
        return first
    for k in range(first, min(first + 9, len(view.tokens))):
        if view.lower[k] == "that":
            return k + 1
        if view.lower[k] in (",", ".", ";", ":", '"', "“", "”") or view.lower[k] in _AUXILIARIES:
            return first
    return first


def passive_agent(view: SentenceView, j: int) -> tuple[Mention, int, int] | None:
    """"The launch was condemned by Japan", "Russia's move was sharply criticised by the EU": (the agent,
    the span of the subject it judges) for an evaluative speech verb at *j*, or None."""
    k = j - 1
    while k >= 0 and (view.lower[k].endswith("ly") or view.lower[k] == "first"):
        k -= 1
    if k < 1 or view.lower[k] not in BE_FORMS or j + 2 >= len(view.tokens) or view.lower[j + 1] != "by":
        return None
    agent = view.actor_at.get(j + 2) or (view.actor_at.get(j + 3) if view.lower[j + 2] == "the" else None)
    if agent is None:
        return None
    start = max((x + 1 for x in range(k) if view.lower[x] in (",", ";", ":")), default=0)
    return (agent, start, k) if k - start >= 2 else None


def relative_aside_start(view: SentenceView, verb: int) -> int:
    """Where to look back for the speaker of ", said" at *verb*: before a relative clause set off by commas
    ("Erdogan, who met Putin in Sochi last month, said": not Putin), else right before the verb."""
    comma = verb - 1
    for k in range(comma - 1, max(-1, comma - 25), -1):
        if view.lower[k] in (",", ".", ";", '"', "“", "”"):
            return k - 1 if view.lower[k] == "," and view.lower[k + 1] in ("who", "which") else comma - 1
    return comma - 1
