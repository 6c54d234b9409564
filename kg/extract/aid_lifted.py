"""A stop of aid that is itself lifted: "Japan lifted its freeze on aid to Myanmar", "Washington ended the
suspension of aid to Ethiopia". The stopping noun reads the flow as declined; lifting the stop lets it go on
again, the stage of "resumed" (README A3 "delivered"), as a lift announced for later keeps its cue ("will lift
its freeze": pledged). A block given up ("Germany will no longer block the sale of Eurofighter jets to Saudi
Arabia", "has stopped blocking the sale", "lifted its veto on the sale") lets a sale go ahead: approved
(README A3 "a sale approved")."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_VETOES = frozenset("veto vetoes objection objections blockade".split())  # a sale's stop, lifted: approved
_STOPS = frozenset("freeze suspension halt pause ban embargo hold moratorium".split()) | _VETOES
_LIFTING = frozenset("lift end ease reverse scrap unfreeze drop remove".split())
_FUTURE = frozenset("will would 'll shall to".split())
# a ban on a trade lifted lets the trade go ahead: "lifted its ban on arms sales to the UAE" (README A3 approved)
_TRADE = frozenset("sales sale exports export transfers transfer".split())


def lifted_stops(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* read declined from a stopping noun that a lifting verb governs, made delivered (or pledged)."""
    revised = []
    for frame in frames:
        if frame.status == "declined" and _block_given_up(view, frame.first):
            revised.append(replace(frame, status="approved"))
            continue
        lift = _lifting_verb(view, frame.first) if frame.status == "declined" else None
        if lift is not None:
            future = lift > 0 and view.lower[lift - 1] in _FUTURE
            vetoed = bool(_VETOES & set(view.lower[lift:frame.first]))  # "lifted its veto on the sale": cleared
            sold = not _TRADE.isdisjoint(view.lower[frame.first:frame.first + 2])  # "sales", "arms sales"
            frame = replace(frame, status="approved" if vetoed or sold else "pledged" if future else "delivered")
        revised.append(frame)
    return revised


def _lifting_verb(view: SentenceView, first: int) -> int | None:
    """The lifting verb of "lifted (its) freeze on/of <aid>" before the item at *first*, if any."""
    words = view.lower
    for j in range(first - 1, max(0, first - 8), -1):
        if view.lemmas[j] in _STOPS:  # "lifted embargoes on arms sales"
            k = j - 1
            while k >= 0 and words[k] in ("its", "their", "the", "a", "his", "her"):
                k -= 1
            return k if k >= 0 and view.lemmas[k] in _LIFTING else None
        if words[j] in (",", ";", ".", "and", "but"):
            return None
    return None


_BLOCKING = frozenset("block blocking veto vetoing".split())
_GIVING_UP = frozenset("stop stopped stops ceased cease end ended".split())


def _block_given_up(view: SentenceView, first: int) -> bool:
    """Is there "no longer/not block" or "stopped blocking" just before the item at *first*, in its clause?"""
    words = view.lower
    if words[first] in _GIVING_UP and words[first + 1:first + 2] in (("blocking",), ("vetoing",)):
        return True  # "has stopped blocking the sale of jets"
    for j in range(first, max(-1, first - 6), -1):
        if j < first and words[j] in (",", ";", ".", "and", "but"):
            return False
        if words[j] in _BLOCKING:
            before = words[max(0, j - 2):j]
            return before == ("no", "longer") or before[-1:] in (("not",), ("n't",)) \
                or bool(before) and before[-1] in _GIVING_UP
    return False
