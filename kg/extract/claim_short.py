"""A judgement with a short object: "Stockholm welcomed the deal.", "Beijing condemned the strikes on
Friday." The verb of praise or criticism is the statement (gold rule C1: an accusation, a welcome);
what it judges is the object, and the claim is about the parties the report is about."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_DETERMINERS = frozenset("the a an this that these those its his her their such".split())
_JUDGING = frozenset(["supports", "opposes"])
_NOT_STATEMENTS = frozenset("backed backs".split())  # "Washington backed a proposal": an act, not words
_SETTING = frozenset("on in at during after before last this".split())


def short_object(view: SentenceView, verb: int, stance: str | None) -> tuple[int, int] | None:
    """The span of a short noun-phrase object of a verb of praise or criticism at *verb* that ends its
    clause ("welcomed the deal", "condemned Monday's attack"), or None."""
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
