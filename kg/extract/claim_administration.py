"""A leader's administration speaking: "The Trump administration has accused New Delhi ...", "the Biden
administration said ...". The state speaks (gold rule C2), not the leader whose name marks it."""

from __future__ import annotations

from kg.extract.claim_titles import PersonTrail
from kg.extract.view import SentenceView
from kg.model import EntityRef

_AUXILIARIES = frozenset("has have had also".split())
_BODIES = frozenset("administration government".split())


def administration(view: SentenceView, verb: int, trail: PersonTrail) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* after "<Leader> administration" (and auxiliaries): (the leader's state,
    where the leader is named), or None when the text gives the leader no state."""
    k = verb - 1
    while k > 0 and view.lower[k] in _AUXILIARIES:
        k -= 1
    leader = view.actor_at.get(k - 1)
    if k < 1 or view.lower[k] not in _BODIES or leader is None or leader.entity.kind != "person" \
            or leader.last != k or view.possessive(leader):
        return None
    state = trail.states.get(leader.entity)
    return (state, leader.first) if state is not None else None
