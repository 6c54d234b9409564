"""A buyer that stops buying: "Moldova has stopped buying gas from Russia", "India halted imports of
Russian coal", "Armenia has frozen all new arms purchases from Russia". The subject of the stopping verb was the getter, not the giver; the giver is the state
after "from" or of a demonym in the goods. With no seller named, there is no flow to record."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_urged_stop import urged_buyers
from kg.extract.view import SentenceView, unique

_BUYING = frozenset("buy import purchase receive".split())
_PURCHASES = frozenset("purchases imports orders purchase import".split())
_PLANS = frozenset("plan plans deal decision".split())  # "suspended a plan to buy Indian missiles"


def stopped_buying(view: SentenceView, frame: Frame) -> Frame | None:
    """*frame* turned round when its item opens with a buying verb; None when no seller is named; *frame*
    itself when the item is no purchase."""
    urged = urged_buyers(view, frame.first) if frame.status in ("declined", "unspecified") else None
    if (frame.status != "declined" and urged is None) or not frame.segments or not frame.donors:
        return frame
    first, last, _ = frame.segments[0]
    item_first = first
    if first < last and view.lower[first] not in _PURCHASES:  # "froze all new arms purchases from Russia"
        noun = next((j for j in range(first, min(last, first + 4)) if view.lower[j] in _PURCHASES), None)
        first = noun if noun is not None and all(w.isalpha() for w in view.lower[first:noun]) else first
    plan = next((j for j in range(item_first, min(len(view.tokens) - 2, item_first + 4)) if view.lower[j] in _PLANS
                 and view.lower[j + 1] == "to" and view.lemmas[j + 2] in _BUYING), None)
    if first == item_first and plan is not None and all(w.isalpha() for w in view.lower[item_first:plan]) \
            and not any(view.word_before(m) == "for" for m in view.actors_in(plan, frame.quote_last)):
        # (not "a plan to buy Spanish rifles for Sudanese troops": bought for another, who gets them)
        first = plan + 2  # "put on hold a plan to buy Indian BrahMos missiles": the buying is stopped
        last = max(last, frame.quote_last)
    if first >= last or not (view.lower[first] in _PURCHASES or (view.lemmas[first] in _BUYING
                                                                  and (view.lower[first].endswith("ing") or first - 2 == plan))):
        return frame
    buyers = frame.donors
    if urged is not None:  # "pressing India to stop buying Russian arms": India still buys them
        if not urged:  # "urged member states to stop buying": no state buys; the verb is read, no flow
            frame.segments = []
            return frame
        buyers = urged
        frame.status = "delivered"
    elif all(any(m.entity == d for m in view.actors_in(first + 1, last)) for d in frame.donors):
        # the stop verb took its giver from the goods ("stopped buying Russian coal"): the buyer is its subject
        buyers = tuple(s for s in view.subject(frame.first)[0] if s not in frame.donors)
        if not buyers:
            return None
    sellers = [m for m in view.actors_in(first + 1, last) if m.entity not in buyers and (
        m.how == "demonym" or view.from_before(m)
        or (view.lower[m.first - 1] == "the" and view.lower[m.first - 2] == "from")
        or (m.first == first + 1 and m.entity.kind == "state") or view.possessive(m))]  # "stopped buying Gazprom gas"
    if not sellers:
        return None
    frame.segments = [(item_first if view.lower[first] in _PURCHASES else first + 1, last, buyers)]
    frame.donors = unique(m.entity for m in sellers)
    return frame
