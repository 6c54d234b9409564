"""Getters named in a relative clause after the item: "cutting off the pipeline gas that Egypt and Jordan
depend on", "Russia halted the grain Somalia relies on", "the fuel which Lebanon imports". Whoever depends
on, relies on, imports or receives the goods is who gets them from the giver of the frame."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView, unique

_RELATIVES = frozenset("that which".split())
_GETTING = frozenset("depend rely count need import buy receive get".split())
_BETWEEN = frozenset(", and both also still heavily largely so".split())


def relied_on(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a give frame's item that has no getter given the states of a relative clause after it."""
    return [_with_getters(view, frame) for frame in frames]


def _with_getters(view: SentenceView, frame: Frame) -> Frame:
    if frame.trigger.frame != "give" or len(frame.segments) != 1:
        return frame
    first, last, recipients = frame.segments[0]
    if recipients is None or recipients or last >= len(view.tokens) or last <= first:
        return frame
    k = last + (view.lower[last] in _RELATIVES)
    getters = []
    while k < len(view.tokens) and (k in view.actor_at or view.lower[k] in _BETWEEN):
        if k in view.actor_at:
            mention = view.actor_at[k]
            getters.append(mention.entity)
            k = mention.last
        else:
            k += 1
    getters = [g for g in getters if g not in frame.donors]
    if not getters or k >= len(view.tokens) or view.lemmas[k] not in _GETTING:
        return frame
    end = k + 1 + (k + 1 < len(view.tokens) and view.lower[k + 1] in ("on", "upon"))
    return replace(frame, segments=[(first, last, unique(getters))], quote_last=max(frame.quote_last, end))
