"""A purchase put on hold: "Egypt put its planned purchase of Russian jets on hold", "India's purchase of
Russian S-400 systems was put on hold", "Turkey's order for F-16 jets has been on hold since 2019". The purchase frame reads the noun at its own stage; "put ... on
hold" around it pauses the flow (README A3: declined), and "(was put) on hold" is no part of the item."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_PURCHASE_NOUNS = frozenset("purchase purchases order orders import imports acquisition acquisitions".split())
_BEFORE_PUT = frozenset("was were has have had is are been be put".split())


def put_on_hold(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each purchase put on hold made declined, its item cut before "on hold"."""
    revised = []
    for frame in frames:
        if frame.status != "declined" and frame.trigger.frame in ("purchase-noun", "receive") \
                and view.lower[frame.first] in _PURCHASE_NOUNS and frame.segments:
            hold = _hold_at(view, frame)
            if hold is not None:
                cut = hold
                while cut > frame.segments[0][0] + 1 and view.lower[cut - 1] in _BEFORE_PUT:
                    cut -= 1
                put = any(view.lemmas[k] == "put" for k in range(max(0, frame.first - 4), hold))
                if put or view.lower[hold - 1] in ("been", "remains", "remained", "is", "are", "was", "were"):
                    segments = [(s, min(e, cut), rs) for s, e, rs in frame.segments]
                    frame = replace(frame, status="declined", segments=segments)
        revised.append(frame)
    return revised


def _hold_at(view: SentenceView, frame: Frame) -> int | None:
    """Where "on hold" starts inside the frame's item or right after it."""
    start = frame.segments[0][0]
    end = max(e for _, e, _ in frame.segments)
    for k in range(start, min(len(view.tokens) - 1, end + 1)):
        if view.lower[k:k + 2] == ("on", "hold"):
            return k
    return None
