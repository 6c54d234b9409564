"""A getter named in a relative clause on the goods: "India handed over the first lot of the missiles, which
were carried to the Philippines by an Indian Air Force C-17", "Japan gave two patrol boats, which were shipped
to Manila in March". A give frame with no getter takes the state the ", which were <moved> to" clause names."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_MOVED = frozenset("carried flown shipped sent delivered transported taken trucked airlifted brought ferried "
                   "handed".split())


def relative_getters(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the getter of a ", which were <moved> to <state>" clause on a getterless give frame's goods."""
    if "which" not in view.lower:
        return frames
    revised = []
    for frame in frames:
        if frame.trigger.frame == "give" and frame.segments and not any(rs for _, _, rs in frame.segments) \
                and frame.donors and (getter := _moved_to(view, max(e for _, e, _ in frame.segments))) is not None \
                and getter not in frame.donors:
            frame = replace(frame, segments=[(s, e, (getter,)) for s, e, _ in frame.segments])
        revised.append(frame)
    return revised


def _moved_to(view: SentenceView, end: int):
    """The state after "to" in a ", which were/was <moved> to" clause starting within a few tokens of *end*."""
    for j in range(max(0, end - 1), min(len(view.tokens) - 4, end + 4)):
        if view.lower[j] == "," and view.lower[j + 1] == "which" and view.lower[j + 2] in ("were", "was") \
                and view.lower[j + 3] in _MOVED and view.lower[j + 4:j + 5] == ("to",):
            k = j + 5 + (view.lower[j + 5:j + 6] == ("the",))
            m = view.actor_at.get(k)
            return m.entity if m is not None and m.first == k and m.entity.kind == "state" else None
    return None
