"""A deal read as signed whose signing the text refuses or leaves undone: "Tunisia has declined to sign a $1.9
billion loan deal with the IMF", "Niger refused to sign a contract to buy Russian wheat" (README A3 "declined":
either side turned it down), "Ghana has not yet signed the loan agreement with China" (no stage yet:
"unspecified"), "has delayed the signing of a contract" (paused: "declined"). The frame read "approved" from its deal noun or signing verb takes the stage of the signing."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

_REFUSING = frozenset("decline refuse reject".split())
_NOT = frozenset("not n't never".split())
_DELAYING = frozenset("delay postpone defer suspend pause freeze shelve".split())
_BREAKS = frozenset((",", ";", ":", "but", "while", "which", "who"))


def unsigned(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each approved frame whose signing is refused made declined, and whose signing is negated
    or still awaited ("has yet to sign") made unspecified."""
    revised = []
    for frame in frames:
        stage = _signing_stage(view, frame) if frame.status == "approved" else None
        revised.append(replace(frame, status=stage) if stage else frame)
    return revised


def _signing_stage(view: SentenceView, frame: Frame) -> str | None:
    words, lemmas = view.lower, view.lemmas
    sign = None
    for j in range(frame.first, max(-1, frame.first - 10), -1):
        if j < frame.first and (words[j] in _BREAKS or words[j] in CLAUSE_END):
            break
        if lemmas[j] == "sign":
            sign = j
            break
    if sign is None or sign < 2:
        return None
    before = words[max(0, sign - 4):sign]
    if before[-1:] == ("to",) and any(lemmas[k] in _REFUSING for k in range(max(0, sign - 4), sign - 1)):
        return "declined"  # "declined to sign", "has refused so far to sign"
    if _DELAYING & set(lemmas[max(0, sign - 3):sign]):
        return "declined"  # "Brazil has delayed the signing of a contract to buy 36 howitzers": paused (README A3)
    if set(before) & _NOT or tuple(before[-2:]) == ("yet", "to"):
        return "unspecified"  # "has not signed", "has yet to sign"
    return None
