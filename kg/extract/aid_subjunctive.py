"""A supply put forward in a "that" clause with a bare "be": "the Commission has recommended that 3.05
billion euros be paid out", "Paris proposed that French instructors be sent to Ukraine". What one
recommends or proposes be given is held out, not yet given: offered (README A3)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_PROPOSING = frozenset("recommend propose suggest".split())
_NOT_BARE = frozenset("to will would could can may might should must shall not 'll never".split())


def proposed_that(view: SentenceView, first: int) -> bool:
    """Is the participle at *first* after a bare "be" in a clause opened by "recommended/proposed that"?"""
    if first < 3 or view.lower[first - 1] != "be" or view.lower[first - 2] in _NOT_BARE:
        return False
    for j in range(first - 2, max(0, first - 16), -1):
        if view.lower[j] in (".", ";"):
            return False
        if view.lower[j] == "that":
            return view.lemmas[j - 1] in _PROPOSING
    return False
