"""Orders received: "Washington has received orders from Taiwan and from NATO allies for the missiles",
"South Korea has taken orders from Poland for 180 tanks". The one who receives an order sells; the one
it comes from buys. The order is a contract (approved), whatever the tense of "received"."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_ORDER_NOUNS = frozenset("order orders".split())
_BEFORE_ORDER = frozenset("a an new fresh firm further more additional its their export arms".split())


def order_at(view: SentenceView, last: int) -> int | None:
    """The token of "orders" when the object of the receive verb ending at *last* is an order."""
    j = last
    while j < len(view.lower) and (view.lower[j] in _BEFORE_ORDER or view.lower[j][:1].isdigit()):
        j += 1
    return j if j < len(view.lower) and view.lower[j] in _ORDER_NOUNS else None


def orders_frame(view: SentenceView, first: int, last: int, end: int, entry: Entry, sellers,
                 subject_at: int | None) -> Frame | None:
    """The sale of an order received by *sellers* (the verb's subject) from the actors after "from"."""
    order = order_at(view, last)
    if order is None or not sellers:
        return None
    end = next((j for j in range(order + 1, end) if view.lower[j] in (",", ";", ".")), end)  # ", the ministry said"
    buyers = unique(g.entity for m in view.actors_in(order + 1, end) if view.from_before(m)
                    for g in view.group(m) if g.entity not in sellers)  # "from Poland and Romania"
    if not buyers:
        return None
    return Frame(entry, first, last, tuple(sellers), [(order, end, buyers)], "approved",
                 subject_at if subject_at is not None else first, end)


# "ordered the dispatch of relief supplies to Turkey": an order to send is the giver's decision to give (pledged),
# not a purchase ordered from a seller.
ORDERED_DISPATCH = Entry(("order",), "give", "pledged")
_SENDING_NOUNS = frozenset("dispatch despatch delivery deliveries shipment shipments sending transfer release "
                           "airlift".split())


def ordered_dispatch(view: SentenceView, last: int) -> bool:
    """Is the object of "order" ending at *last* the sending of goods ("the dispatch of", "the immediate delivery
    of")?"""
    j = last + (view.lower[last:last + 1] == ("the",))
    j += view.lower[j:j + 1] in (("immediate",), ("urgent",))
    return j + 1 < len(view.lower) and view.lower[j] in _SENDING_NOUNS and view.lower[j + 1] == "of"
