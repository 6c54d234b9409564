"""Goods let in by someone: "Israel let humanitarian aid flow into Gaza", "agreed to allow fuel to enter
the Strip". The one who lets the goods pass is no giver of them."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView

_PERMITTING = frozenset("let allow permit".split())


def permitted_goods(view: SentenceView, first: int) -> bool:
    """Are the goods before the motion verb at *first* the object of "let" or "allow" ("Israel let
    humanitarian aid flow into Gaza", "agreed to allow fuel to enter the Strip")? The one who lets them in
    is no giver."""
    for j in range(first - 1, max(-1, first - 8), -1):
        if view.lemmas[j] in _PERMITTING:
            return j + 1 < first and view.lemmas[j + 1] not in _PERMITTING
        if view.lower[j] in (",", ";", ".") or view.lower[j] in CLAUSE_END or j in view.actor_at:
            return False
    return False
