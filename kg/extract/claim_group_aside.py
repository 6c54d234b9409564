""""Rights groups, however, say ...", "Analysts, for their part, said ...", "Diplomats, speaking on condition
of anonymity, said ...", "Critics of the deal, however, argue ...", "Critics in Baghdad, however, have
questioned ...": an unnamed group before an aside set off by commas is the speaker of the verb after the
aside (gold rule C2: generic speakers by their words; "US officials" are their state)."""

from __future__ import annotations

from kg.extract.claim_cues import GROUP_SPEAKERS, group
from kg.extract.view import SentenceView
from kg.model import EntityRef

_OPENERS = frozenset("however though too meanwhile for in on at by like unlike speaking citing asked instead who "
                     "nonetheless nevertheless moreover also".split())
_ASIDE_REACH = 12
_OF_REACH = 5  # "Critics of the new deal"
_FOR_STATE = frozenset("officials diplomats".split())
_NAMED_BEFORE = frozenset("the these those".split())
_AUXILIARIES = frozenset("has have had also repeatedly previously long".split())


def group_before_aside(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """(the group, its position) speaking the verb at *verb* across an aside before it, or None."""
    comma = verb - 1
    while comma > 0 and verb - comma <= 2 and view.lower[comma] in _AUXILIARIES:
        comma -= 1  # ", however, have said"
    if comma < 2 or view.lower[comma] != ",":
        return None
    opening = next((k for k in range(comma - 1, max(0, comma - _ASIDE_REACH), -1) if view.lower[k] == ","), None)
    if opening is None or opening + 1 >= comma or view.lower[opening + 1] not in _OPENERS:
        return None
    for g in range(opening - 1, max(-1, opening - 1 - _OF_REACH), -1):
        word = view.lower[g]
        if word in (",", ";", ":", ".", '"', "“", "”"):
            return None
        if word in GROUP_SPEAKERS and (g == opening - 1 or view.lower[g + 1] in ("of", "in")):
            if view.lower[opening + 1] == "who" and g > 0 and view.lower[g - 1] in _NAMED_BEFORE:
                return None  # "The officials, who were not named, said": those quoted before
            before = view.actor_at.get(g - 1)
            if before is not None and before.entity.kind == "state" and word in _FOR_STATE:
                return before.entity, g - 1  # "US officials, however, said": the state speaks
            seat = view.actor_at.get(g + 2) if view.lower[g + 1:g + 2] == ("in",) else None
            if seat is not None and seat.entity.kind == "state" and seat.first == g + 2 and word in _FOR_STATE:
                return seat.entity, g  # "Officials in Niamey, who asked not to be named, said": Niger speaks
            return group(view, g), g
    return None
