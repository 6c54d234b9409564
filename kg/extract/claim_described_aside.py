""""The ministry, in a statement, said ...", "..., the agency, known as the SVR, said", "the bank, which
meets again in June, said", "The foreign ministry in Jakarta, however, said": a definite description
opening its clause right before an aside set off by commas is the speaker of the verb after the aside (it
names someone named before, or the body seated in the capital after it)."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.view import SentenceView
from kg.model import EntityRef

_OPENS = frozenset([",", ";", ":", "—", "–", "-"])


def described_before_aside(view: SentenceView, j: int, describe: Callable[[int], EntityRef | None]) \
        -> tuple[EntityRef, int] | None:
    """(who the description ending at *j* names, where it starts) when "the <noun>" at *j* opens its clause
    and a comma follows it, else None."""
    if j < 1 or j + 1 >= len(view.tokens) or view.lower[j + 1] != ",":
        return None
    place = view.actor_at.get(j)
    if place is not None:  # "The foreign ministry in Jakarta, however, said": the seat after the noun
        if place.entity.kind != "state" or place.first < 3 or view.lower[place.first - 1] != "in":
            return None
        j = place.first - 2
    the = j - 1 if view.lower[j - 1] == "the" else j - 2 if j > 1 and view.lower[j - 2] == "the" else None
    if the is None or (the > 0 and view.lower[the - 1] not in _OPENS):
        return None
    found = describe(j)
    return (found, the) if found is not None else None
