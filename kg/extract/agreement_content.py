"""States after "to" in what a pair's accord is about: in "Poland and Ukraine signed a grain deal on exports to Slovakia
and Hungary" the deal is the pair's (AG1), and the states the grain goes to are its content, not parties. "to" names
a party only where the clause has no pair of its own before the noun."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention


def without_destinations(view: SentenceView, c_first: int, first: int, last: int, c_last: int,
                         parties: tuple[EntityRef, ...], governor: Callable[[SentenceView, Mention], str | None]
                         ) -> tuple[EntityRef, ...]:
    """*parties* without the states named only after "to" behind the accord noun [*first*, *last*), where two or
    more states or bodies stand before the noun with no preposition ("Poland and Ukraine signed ...")."""
    subject = {m.entity for m in view.actors_in(c_first, first) if governor(view, m) is None and m.how != "demonym"}
    if len(subject & set(parties)) < 2:
        return parties
    governed = [(m.entity, governor(view, m)) for m in view.actors_in(last, c_last)]
    to = {ref for ref, word in governed if word == "to"} - {ref for ref, word in governed if word != "to"}
    return tuple(p for p in parties if p not in to or p in subject)
