"""An offer or pledge taken back: "Russia has withdrawn its offer to build a plant in Uzbekistan", "Japan
scrapped its pledge to fund the bridge". The verb after the noun is declined by the cue; the noun also
reports the earlier stage (README A2: one record per stage), so an offered or pledged copy is added."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_STAGE_NOUNS = {"offer": "offered", "offers": "offered", "proposal": "offered", "pledge": "pledged",
                "pledges": "pledged", "promise": "pledged", "promises": "pledged", "commitment": "pledged"}


def taken_back(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the earlier stage of each declined "<withdrew> its offer to <give>" frame."""
    added = []
    for frame in frames:
        if frame.status != "declined" or frame.first < 3 or view.lower[frame.first - 1] != "to":
            continue
        stage = _STAGE_NOUNS.get(view.lower[frame.first - 2])
        if stage is not None and not any(f.status == stage and f.donors == frame.donors for f in frames + added):
            added.append(replace(frame, status=stage, segments=list(frame.segments)))
    return frames + added
