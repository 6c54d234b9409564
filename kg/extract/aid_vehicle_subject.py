"""A supply verb whose subject is the vehicle that carried the goods: "Military planes from Jordan and
five other countries parachuted food over Gaza", "Ships from Turkey delivered 4,000 tonnes of flour". The
states after "from" in the subject are the givers (the vehicle's own giver, README A1), as a demonym
before the vehicle already is ("Jordanian planes dropped food")."""

from __future__ import annotations

from kg.extract.aid_arrival import subject_start
from kg.extract.aid_transport import VEHICLES
from kg.extract.view import SentenceView, unique


def vehicle_subject(view: SentenceView, first: int):
    """(givers, subject start) when the subject of the verb at *first* is "<vehicle> from <states>", else
    ((), None)."""
    start = subject_start(view, first)
    for v in range(start, first - 2):
        if view.lower[v] not in VEHICLES or view.lower[v + 1] != "from":
            continue
        k = v + 2 + (view.lower[v + 2] == "the")
        mention = view.actor_at.get(k)
        if mention is None or mention.entity.kind != "state":
            return (), None
        group = view.group(mention)
        if group[-1].last > first:
            return (), None
        return unique(m.entity for m in group if m.entity.kind == "state"), start
    return (), None
