"""A buyer that stops buying: "Moldova has stopped buying gas from Russia", "India halted imports of
Russian coal". The subject of the stopping verb was the getter, not the giver; the giver is the state
after "from" or of a demonym in the goods. With no seller named, there is no flow to record."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView, unique

_BUYING = frozenset("buy import purchase receive".split())


def stopped_buying(view: SentenceView, frame: Frame) -> Frame | None:
    """*frame* turned round when its item opens with a buying verb; None when no seller is named; *frame*
    itself when the item is no purchase."""
    if frame.status != "declined" or not frame.segments or not frame.donors:
        return frame
    first, last, _ = frame.segments[0]
    if first >= last or view.lemmas[first] not in _BUYING or not view.lower[first].endswith("ing"):
        return frame
    sellers = [m for m in view.actors_in(first + 1, last) if m.entity not in frame.donors and (
        m.how == "demonym" or view.lower[m.first - 1] == "from"
        or (view.lower[m.first - 1] == "the" and view.lower[m.first - 2] == "from"))]
    if not sellers:
        return None
    frame.segments = [(first + 1, last, frame.donors)]
    frame.donors = unique(m.entity for m in sellers)
    return frame
