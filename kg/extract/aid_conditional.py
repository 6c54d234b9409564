"""A supply promised on a condition: "Spain would send more air defence systems to Ukraine if other allies
did the same". A "would" with an "if", "unless" or "provided" clause after the verb is a conditional
offer, not yet a promise (README A3: offered = ready or willing to give)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_CONDITIONS = frozenset("if unless provided providing".split())
_ENDS = frozenset(". ; :".split())


def conditional(view: SentenceView, first: int, window: list[str]) -> bool:
    """Is the verb at *first* under "would" (in *window*) with a condition after it in its sentence?"""
    if "would" not in window and "'d" not in window:
        return False
    for j in range(first + 1, len(view.tokens)):
        if view.lower[j] in _ENDS:
            return False
        if view.lower[j] in _CONDITIONS:
            return True
    return False
