"""A supply gerund after a verb of aspect, with no object before its getter: "The World Bank resumed lending
to Sri Lanka", "Japan will resume lending to Sri Lanka", "China kept lending to Laos". The gerund names what
is given (lending: money), as "stopped lending to Afghanistan" already reads; the getter follows "to"."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_ASPECT = frozenset("resume continue keep start begin restart".split())


def gerund_alone(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each aspect-verb gerund that has a getter but an empty item given the gerund as item."""
    for frame in frames:
        if frame.trigger.frame != "give" or frame.first < 1 or not view.lower[frame.first].endswith("ing") \
                or view.lemmas[frame.first - 1] not in _ASPECT or not frame.segments \
                or any(e > s for s, e, _ in frame.segments):
            continue
        getters = next((rs for _, _, rs in frame.segments if rs), None)
        if getters:
            frame.segments = [(frame.first, frame.last, getters)]
    return frames
