"""A flow still to come that only points back at an earlier one of its sentence: "Benin had offered 2,000
troops but has yet to deploy any", "Spain approved the sale of two frigates but has yet to deliver them".
"Has yet to" keeps the flow at the earlier stage (README A3: offered stays offered); it adds no pledge.
"Norway has yet to send the air defence systems it promised" names its own goods and stays pledged."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_POINTING = frozenset("any them it one some those".split())
_EARLIER = frozenset(("offered", "approved", "pledged", "unspecified"))


def not_yet_given(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* without a pledged "has yet to <give> any/them" frame whose giver has an earlier frame in
    the sentence."""
    kept = []
    for frame in frames:
        if frame.status == "pledged" and _points_back(view, frame) and any(
                other is not frame and other.quote_first < frame.first and other.status in _EARLIER
                and set(other.donors) & set(frame.donors) for other in frames):
            continue
        kept.append(frame)
    return kept


def _points_back(view: SentenceView, frame: Frame) -> bool:
    if "yet" not in view.lower[max(0, frame.first - 3):frame.first] or not frame.segments:
        return False
    return all(e > s and set(view.lower[s:e]) <= _POINTING for s, e, _ in frame.segments)
