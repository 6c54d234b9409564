"""A buyer urged to stop buying: "Washington has been pressing India to stop buying Russian military
equipment", "the EU urged member states to stop buying Russian gas". The stop is asked for, not done, so
the purchase goes on (README A1: "Y buys X's crude" is a standing supply, delivered); the buyer is the party
urged, never the one urging, and with no state urged ("member states", "European allies") there is no
flow to record."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique

_URGE = frozenset("ask urge press push pressure pressurise pressurize lobby call tell want encourage persuade "
                  "implore beg expect".split())
_STOPS = frozenset(", ; . : and but".split())


def urged_buyers(view: SentenceView, stop_at: int) -> tuple | None:
    """The states urged to the stopping verb at *stop_at* ("pressing India to stop buying" -> India), () when the
    party urged names no state; None when the stop is not urged."""
    if stop_at < 3 or view.lower[stop_at - 1] != "to":
        return None
    for k in range(stop_at - 2, max(-1, stop_at - 10), -1):
        if k not in view.actor_at and view.lower[k] in _STOPS:
            return None
        if view.tokens[k].lemma.lower() in _URGE and k not in view.actor_at:
            # "urged its member states to stop": the members, not the bloc whose they are
            return unique(m.entity for m in view.state_in(k + 1, stop_at - 1) if not view.possessive(m))
    return None
