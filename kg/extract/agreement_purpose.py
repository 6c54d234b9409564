"""What an accord is for is its content, not a party: in "Germany and Norway signed a pact to supply air
defence systems to Ukraine" Ukraine receives the systems, in "France and Italy agreed a deal to rebuild Syria's
power grid" Syria is what the deal is about, and in "the EU signed a migration deal with Tunisia to stop boats
heading to Italy" Italy is where the boats go (AG1: the parties are who made the accord). Where the clause
names two parties before the infinitive, the states named only inside it are no parties; a lone party keeps
them ("Serbia signed a deal to buy jets from France": the seller is the other side)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_NOT_VERBS = frozenset("the a an this that these those its their his her be".split())


def purpose_start(view: SentenceView, last: int, c_last: int) -> int | None:
    """Where an infinitive of purpose starts after the agreement noun ending before *last* ("a pact to
    supply", "a deal with Tunisia to stop"), before any comma; None where there is none."""
    for j in range(last, c_last - 1):
        if view.lower[j] in (",", ";", "which", "that", "who"):
            return None
        word = view.tokens[j + 1].text
        if view.lower[j] == "to" and word.isalpha() and word.islower() and view.lower[j + 1] not in _NOT_VERBS \
                and j + 1 not in view.actor_at:
            return j
    return None


def before_purpose(view: SentenceView, last: int, c_last: int, parties: tuple[EntityRef, ...]
                   ) -> tuple[EntityRef, ...]:
    """*parties* without those named only inside the infinitive of purpose after the agreement noun, where
    two or more are named outside it."""
    start = purpose_start(view, last, c_last)
    if start is None:
        return parties
    outside = {m.entity for m in view.actors if m.first < start or m.first >= c_last}
    kept = tuple(p for p in parties if p in outside)
    return kept if len(kept) >= 2 else parties


_INVEST = frozenset("invest build construct develop finance modernise modernize upgrade".split())


def invested_in(view: SentenceView, last: int, c_last: int, at: int) -> bool:
    """The state at *at*, after "in", is where the infinitive of purpose after the agreement noun ending before
    *last* invests or builds ("signed a deal to invest $5 billion in Egypt", "an agreement to build a port in
    Sudan"): the accord's other side, where the clause names no other (:func:`before_purpose` drops it else)."""
    start = purpose_start(view, last, c_last)
    if start is None or at <= start + 1 or at >= c_last or view.lower[at - 1] != "in" or view.lemmas[start + 1] not in _INVEST:
        return False
    return not any(view.lower[j] in (",", ";", "and") for j in range(start + 2, at))
