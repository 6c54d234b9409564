"""The stage a promise noun gives the supply verb it governs: "Pledges from China, Saudi Arabia and the UAE
to roll over their deposits" are pledged, "an offer from Japan to build the bridge" offered (README A3),
whatever stage the verb alone would have."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_subject import pledge_noun
from kg.extract.view import SentenceView

_OFFERED = frozenset("offer offers proposal proposals".split())


def pledged_by_noun(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames*, each give frame whose verb is the infinitive of a promise noun at the noun's stage."""
    for frame in frames:
        if frame.trigger.frame != "give" or (found := pledge_noun(view, frame.first)) is None:
            continue
        frame.status = "offered" if view.lower[found[0]] in _OFFERED else "pledged"
    return frames
