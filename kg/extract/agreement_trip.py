"""An accord signed on a trip told before: "Trump's 2017 visit to Riyadh broke with habit. On that trip he
signed agreements for some $110 billion in arms purchases": the signer is the state of the person "he"
refers to, the other party the host of the trip the sentence before named (a visit's signings are with
its host, as in "he signed a pact in Pyongyang")."""

from __future__ import annotations

from kg.extract.meeting_hosts import host_word
from kg.extract.view import SentenceView
from kg.model import EntityRef

_TRIPS = frozenset("trip visit tour stay journey".split())
_THAT = frozenset("that the this his her its".split())


def on_trip(view: SentenceView, c_first: int, first: int) -> bool:
    """Does the clause open with "On that trip", "During the visit", "During his stay" before the noun?"""
    return any(view.lower[j] in ("on", "during") and view.lower[j + 1] in _THAT and view.lower[j + 2] in _TRIPS
               for j in range(c_first, min(c_first + 3, first - 2)))


def trip_pair(view: SentenceView, c_first: int, first: int, pronoun_state: EntityRef | None,
              before: SentenceView | None, main_pair: tuple[EntityRef, ...] = ()) -> tuple[EntityRef, ...]:
    """(signer, host) for a clause that names no party and opens with a trip told before, where "he"/"she"
    signs; *before* is the sentence before, whose last host of a trip ("visit to Riyadh", "travelled to
    Seoul") is the other party. The signer is the state of the person "he" refers to, else, where the host is
    one of the two states the article names most (*main_pair*), the other one (the visitor's state the story
    is about); () where any of them is missing."""
    if before is None or not on_trip(view, c_first, first) \
            or not any(view.lower[j] in ("he", "she") for j in range(c_first, first)):
        return ()
    host = next((m.entity for m in reversed(before.actors) if m.entity.kind == "state" and m.how in ("name", "capital")
                 and host_word(before, m.first) and _after_trip(before, m.first)), None)
    if pronoun_state is None and host in main_pair:
        pronoun_state = next(p for p in main_pair if p != host)
    return (pronoun_state, host) if host is not None and pronoun_state is not None and host != pronoun_state else ()


def _after_trip(view: SentenceView, at: int) -> bool:
    """"visit to Riyadh", "trip to the Gulf state", "travelled to Seoul", "visited Hanoi": a trip's host."""
    return any(view.lemmas[j] in ("visit", "trip", "tour", "travel", "fly", "journey") for j in range(max(0, at - 4), at))
