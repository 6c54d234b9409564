"""A give verb whose object is negated: "it gave neither the size of the order nor its cost", "Berlin sent
no tanks, the minister insisted". Nothing passed: a party saying so denies the flow (README A3 "denied"),
otherwise the clause names no flow at all. "Colombia will buy no more weapons from the United States": a flow that
stops, declined."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import SAYING
from kg.extract.view import SentenceView

_NONE = frozenset("neither no nothing none".split())
_NO_MORE = (("no", "more"), ("no", "further"))  # the flow stops: declined (README A3), said or not


def gave_none(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each delivered give frame whose object opens with a negation denied or dropped."""
    kept = []
    for frame in frames:
        if view.lower[frame.last:frame.last + 2] in _NO_MORE and frame.status in ("delivered", "pledged", "denied"):
            kept.append(replace(frame, status="declined"))  # "will buy no more weapons from the United States"
            continue
        if frame.trigger.frame != "give" or frame.status != "delivered" or frame.last >= len(view.tokens) \
                or view.lower[frame.last] not in _NONE:
            kept.append(frame)
        elif SAYING & set(view.lower):
            kept.append(replace(frame, status="denied"))
    return kept
