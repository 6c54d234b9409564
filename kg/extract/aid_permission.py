"""A supply another state allows or stops: "Berlin has allowed Poland to send German-made tanks to
Ukraine" (Poland's supply, approved: README A3 "authorised"), "Switzerland blocked Germany from
re-exporting Swiss ammunition to Ukraine" (Germany's supply, declined). The state allowed or stopped
is the giver; the verb of permission gives the stage."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_ALLOWING = frozenset("allow permit authorise authorize let clear".split())
_STOPPING = frozenset("block bar prevent stop forbid prohibit ban".split())


def permitted(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the giver and stage of a supply verb under "allowed X to" / "blocked X from"."""
    revised = []
    for frame in frames:
        revised.append(_under_permission(view, frame) if frame.trigger.frame == "give" else frame)
    return revised


def _under_permission(view: SentenceView, frame: Frame) -> Frame:
    first = frame.first
    link = first - 1
    if link < 2 or view.lower[link] not in ("to", "from") or (link - 1) not in view.actor_at:
        return frame
    giver = view.actor_at[link - 1]
    verb = giver.first - 1 - (giver.first > 0 and view.lower[giver.first - 1] == "the")  # "allowed the Netherlands"
    if verb < 0:
        return frame
    lemma = view.lemmas[verb]
    if view.lower[link] == "to" and lemma in _ALLOWING:
        status = "approved"
    elif view.lower[link] == "from" and lemma in _STOPPING and view.lower[first].endswith("ing"):
        status = "declined"
    else:
        return frame
    allower, _ = view.subject(verb)
    if not allower or giver.entity in allower:
        return frame  # "stronger cooperation had allowed Moscow to deliver the wheat": no state allows it
    segments = [(s, e, tuple(r for r in rs if r != giver.entity) if rs else rs) for s, e, rs in frame.segments]
    return replace(frame, donors=(giver.entity,), status=status, segments=segments,
                   quote_first=min(frame.quote_first, verb))
