"""A supply another state allows or stops: "Berlin has allowed Poland to send German-made tanks to
Ukraine", "The Netherlands gave Denmark permission to send F-16s to Ukraine", "Washington gave Seoul the
green light to export howitzers" (the allowed state's supply, approved: README A3 "authorised"),
"Switzerland blocked Germany from re-exporting Swiss ammunition to Ukraine" (Germany's supply, declined).
The state allowed or stopped is the giver; the verb of permission gives the stage."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_ALLOWING = frozenset("allow permit authorise authorize let clear".split())
_STOPPING = frozenset("block bar prevent stop forbid prohibit ban".split())
_GRANTING = frozenset("give grant".split())
# the leave given, as news words it: "permission", "the green light", "the go-ahead", "the nod"
_LEAVE = (("permission",), ("formal", "permission"), ("the", "green", "light"), ("a", "green", "light"),
          ("the", "go", "-", "ahead"), ("a", "go", "-", "ahead"), ("the", "nod"), ("approval",), ("clearance",))


def permitted(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the giver and stage of a supply verb under "allowed X to" / "blocked X from"."""
    revised = []
    for frame in frames:
        revised.append(_under_permission(view, frame) if frame.trigger.frame == "give" else frame)
    return revised


def _under_permission(view: SentenceView, frame: Frame) -> Frame:
    first = frame.first
    link = first - 1
    leave = _leave_before(view, link)  # "gave Denmark permission to send": the state before the noun is allowed
    if link < 2 or view.lower[link] not in ("to", "from") or (link - 1 - leave) not in view.actor_at:
        return frame
    giver = view.actor_at[link - 1 - leave]
    verb = giver.first - 1 - (giver.first > 0 and view.lower[giver.first - 1] == "the")  # "allowed the Netherlands"
    if not leave and verb > 1 and view.lower[verb] == "for" and (leave := _leave_before(view, verb)):
        verb -= leave + 1  # "gave the green light for Seoul to export": the leave before "for"
    if verb < 0:
        return frame
    lemma = view.lemmas[verb]
    if view.lower[link] == "to" and (lemma in _ALLOWING if not leave else lemma in _GRANTING):
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


def _leave_before(view: SentenceView, link: int) -> int:
    """The number of words of a noun of leave ("permission", "the green light") that end right before the "to" at
    *link*, or 0."""
    return next((len(words) for words in _LEAVE if tuple(view.lower[max(0, link - len(words)):link]) == words), 0)
