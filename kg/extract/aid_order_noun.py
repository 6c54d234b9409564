"""The stage of an owned purchase noun ("Poland's orders for South Korean tanks", "India's purchase of Russian
jets"). A purchase or import is a supply made (README A1: delivered), but an order is a purchase contracted,
not yet delivered (README A3: approved, as "Serbia has ordered 12 Rafale jets"), and an order that a deal
"could lead to" or "may result in" is only held out (offered)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_ORDERS = frozenset("order orders".split())
_HEDGES = frozenset("may might could".split())
_STOPS = frozenset(". ; , but and".split())


def purchase_stage(view: SentenceView, noun: int, owner: int | None) -> str:
    """The stage of the purchase noun at *noun*, whose owner (if any) is the token at *owner*."""
    if view.lower[noun] not in _ORDERS:
        return "delivered"
    start = noun if owner is None else min(owner, noun)
    for j in range(start - 1, max(-1, start - 8), -1):
        if view.lower[j] in _STOPS:
            break
        if view.lower[j] in _HEDGES:
            return "offered"  # "a preliminary agreement that may result in fresh Indonesian orders for French jets"
    return "approved"
