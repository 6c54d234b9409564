"""A purchase agreed: "Saudi Arabia agreed on Tuesday to purchase Turkish combat drones", "Egypt has agreed
to buy 24 Rafale jets from France". A buyer agreeing to buy has struck a sale, which README A3 counts as
approved (a sale approved or a purchase contract signed); the "agreed" cue alone reads it as a promise."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_BUYING = frozenset("buy purchase acquire procure".split())
_AGREEING = frozenset("agree agreed agrees".split())


def agreed_purchases(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each pledged purchase whose verb follows "agreed (...) to" made approved."""
    return [replace(frame, status="approved") if _agreed_to_buy(view, frame) else frame for frame in frames]


def _agreed_to_buy(view: SentenceView, frame: Frame) -> bool:
    if frame.trigger.frame != "receive" or frame.trigger.words[0] not in _BUYING or frame.status != "pledged":
        return False
    at = frame.first
    if at < 2 or view.lower[at - 1] != "to":
        return False
    for j in range(at - 2, max(-1, at - 6), -1):
        if view.lower[j] in _AGREEING:
            buyers, _ = view.subject(j)  # the buyer gets ("agreed to buy patrol boats for Somalia" is a gift)
            getters = {r for _, _, rs in frame.segments for r in rs or ()}
            return bool(set(buyers) & getters) and not (j > 0 and view.lower[j - 1] in ("not", "n't", "never"))
        if view.lower[j] in (",", ";", "and", "but", "to"):
            return False
    return False
