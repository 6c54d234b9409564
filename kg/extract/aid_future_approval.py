"""An approval others only expect is no approval yet: "the World Bank is expected to approve a $500 million loan",
"we expect the Fund to approve $250 million", "the IMF board is scheduled to meet on Friday to approve a loan"
name a flow whose stage nobody has reached (README A3:
unspecified). A government saying it will approve ("Berlin said it would approve the Polish donation",
"Canada will allow the sale to go ahead") has made the decision, and stays approved. The approve verbs give
the approved stage on their own; this revision reads the expectation before them."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_EXPECTING = frozenset("expect expects expected expecting likely hope hopes hoped hoping anticipated "
                       # an approval on the agenda: "the board is scheduled to meet on Friday to approve"
                       "scheduled slated due meet meets".split())
_STOPS = frozenset(". ; : , that which who because while but and after once when".split())
_REACH = 7


def future_approvals(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* of an approve verb under an expectation, unspecified."""
    for frame in frames:
        if frame.trigger.frame == "give" and frame.trigger.status == "approved" and frame.status == "approved":
            window = []
            for j in range(frame.first - 1, max(-1, frame.first - _REACH), -1):
                if view.lower[j] in _STOPS:
                    break
                window.append(view.lower[j])
            if _EXPECTING & set(window):
                frame.status = "unspecified"
    return frames
