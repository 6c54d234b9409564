"""A judgement with a short object: "Stockholm welcomed the deal.", "Beijing condemned the strikes on
Friday." The verb of praise or criticism is the statement (gold rule C1: an accusation, a welcome);
what it judges is the object, and the claim is about the parties the report is about. A short appeal
("Egypt urged restraint.", "Russia called for calm.") is read the same way: a statement about the parties
of the quarrel it answers."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_DETERMINERS = frozenset("the a an this that these those its his her their such".split())
_JUDGING = frozenset(["supports", "opposes"])
_NOT_STATEMENTS = frozenset("backed backs".split())  # "Washington backed a proposal": an act, not words
_SETTING = frozenset("on in at during after before last this".split())
_APPEALS = frozenset("restraint calm dialogue de-escalation ceasefire truce patience caution moderation "
                     "talks negotiations peace".split())
_APPEAL_MODIFIERS = frozenset("a an the immediate maximum more greater renewed urgent lasting full "
                              "permanent direct".split())
_APPEALS_FOR = frozenset("called calls appealed appeals".split())  # "called for calm"


def short_object(view: SentenceView, verb: int, stance: str | None) -> tuple[int, int] | None:
    """The span of a short noun-phrase object of a verb of praise or criticism at *verb* that ends its
    clause ("welcomed the deal", "condemned Monday's attack"), or None."""
    if stance == "neutral":
        return _short_appeal(view, verb)
    if stance not in _JUDGING or view.lower[verb] in _NOT_STATEMENTS:
        return None
    n = len(view.tokens)
    first = verb + 1
    if first >= n or (view.lower[first] not in _DETERMINERS and not view.lower[first].endswith(("'s", "’s"))):
        return None
    last = first + 1
    while last < n and view.lower[last] not in (",", ".", ";", ":") and view.lower[last] not in _SETTING:
        if last - first >= 5 or not view.tokens[last].text.replace("-", "").isalnum():
            return None
        last += 1
    return (first, last) if last - first >= 2 else None


def short_claim(view: SentenceView, first: int, last: int, stance: str | None) -> bool:
    """Is the span *first*..*last* (a final stop aside) the short object of the verb right before it?"""
    while last > first and view.lower[last - 1] in (".", ";"):
        last -= 1
    return short_object(view, first - 1, stance) == (first, last)


def _short_appeal(view: SentenceView, verb: int) -> tuple[int, int] | None:
    """The span of a short appeal after the verb at *verb* that ends its clause ("urged restraint", "called
    for an immediate ceasefire", "appealed for calm"), or None."""
    n, k = len(view.tokens), verb + 1
    if view.lower[verb] in _APPEALS_FOR:
        if k >= n or view.lower[k] != "for":
            return None
        k += 1
    elif view.lower[verb] not in ("urged", "urges"):
        return None
    while k < n and k - verb <= 3 and view.lower[k] in _APPEAL_MODIFIERS:
        k += 1
    if k >= n or view.lower[k] not in _APPEALS:
        return None
    last = k + 1
    if last < n and view.lower[last] not in (",", ".", ";", ":") and view.lower[last] not in _SETTING:
        return None  # "called for talks with Kyiv to resume": a longer statement, read in full
    return verb + 1, last


def judged(before: list[EntityRef], topics: tuple, speaker: EntityRef,
           subject: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """What a short judgement is about: the states and bodies of the sentence before it ("North Korea fired
    a missile. Tokyo condemned the launch."), else the state the report is about (else the first state it
    names most that is not the speaker), never the speaker or a state named in the speaker's own phrase
    *subject* ("the Egyptian and Jordanian foreign ministries condemned the raid" is about neither)."""

    def other(ref: EntityRef | None) -> bool:
        return ref is not None and ref != speaker and ref not in subject

    return tuple(dict.fromkeys([ref for ref in before if other(ref)] or [next(ref for ref in topics if other(ref))]
                               if any(other(ref) for ref in topics) else []))
