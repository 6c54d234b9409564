"""A leader's administration speaking: "The Trump administration has accused New Delhi ...", "the Biden
administration said ...". The state speaks (gold rule C2), not the leader whose name marks it."""

from __future__ import annotations

from kg.extract.claim_titles import PersonTrail
from kg.extract.cues import needs
from kg.extract.view import SentenceView
from kg.model import EntityRef

_AUXILIARIES = frozenset("has have had also".split())
_BODIES = frozenset("administration government".split())


@needs(lambda: _BODIES)
def administration(view: SentenceView, verb: int, trail: PersonTrail) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* after "<Leader> administration" (and auxiliaries): (the leader's state,
    where the leader is named), or None when the text gives the leader no state."""
    k = verb - 1
    while k > 0 and view.lower[k] in _AUXILIARIES:
        k -= 1
    if (of_leader := _of_leader(view, verb, trail)) is not None:
        return of_leader
    leader = view.actor_at.get(k - 1)
    if k < 1 or view.lower[k] not in _BODIES or leader is None or leader.entity.kind != "person" \
            or leader.last != k or view.possessive(leader):
        return None
    state = trail.states.get(leader.entity)
    return (state, leader.first) if state is not None else None


_GAP = frozenset("has have had also on monday tuesday wednesday thursday friday saturday sunday earlier later "
                 "again".split())


def _of_leader(view: SentenceView, verb: int, trail: PersonTrail) -> tuple[EntityRef, int] | None:
    """"The government of Brazilian President Lula (on Wednesday) denied ...": the leader's state, from what
    the text says of the leader, else from the demonym before the title."""
    k = verb - 1
    while k > 0 and view.lower[k] in _GAP:
        k -= 1
    leader = view.actor_at.get(k)
    if leader is None or leader.entity.kind != "person" or leader.last != k + 1:
        return None
    j, state = leader.first - 1, trail.states.get(leader.entity)
    while j > 1 and j not in view.actor_at and view.tokens[j].text[:1].isupper():
        j -= 1  # the title: "President", "Prime Minister"
    if j in view.actor_at and view.actor_at[j].entity.kind == "state" and view.actor_at[j].how == "demonym":
        state, j = state or view.actor_at[j].entity, view.actor_at[j].first - 1
    if state is None or j < 1 or view.lower[j] != "of" or view.lower[j - 1] not in _BODIES:
        return None
    return state, j - 1
