"""A buyer paying a seller for goods: "Armenia has paid Russia millions of dollars for weapons", "India is
paying Russia for oil in dirhams", "Pakistan paid China $1.2 billion for the J-10C fighters".

In a sale the seller gives (README A1), so the state paid is the giver and the payer the getter, as with
"bought"; the money itself is no flow. Only goods after "for" count: "paid Iraq's debts" or "pays the
salaries" stay gifts of money.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

_ENTRY = Entry(("pay",), "receive", "delivered")
_FUTURE = frozenset("will would 'll shall".split())
_GOODS_START = frozenset("the its their a an some".split())
_STOP = frozenset("in under through via with at by since from to and but for , ; .".split())

ADDS_WITH = frozenset({"pay"})  # no frame added without one (aid_sentence_passes)


def paid_for_goods(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each "X paid Y (sum) for <goods>" read as a purchase from Y (replacing a gift;
        # "paid Kyiv for carrying its gas": a service, no goods of money)."""
    if "pay" not in view.lemmas:
        return frames
    for at, lemma in enumerate(view.lemmas):
        if lemma != "pay" or (found := _purchase(view, at)) is None:
            continue
        frames = [f for f in frames if f.first != at] + [found]
    return frames


def _purchase(view: SentenceView, at: int) -> Frame | None:
    if view.lower[at + 1:at + 2] == ("for",):
        return _paid_for_origin(view, at)
    seller = view.actor_at.get(at + 1) or (view.actor_at.get(at + 2) if view.lower[at + 1:at + 2] == ("the",) else None)
    if seller is None or seller.entity.kind != "state" or seller.how == "demonym" or view.possessive(seller):
        return None  # "paid Iraq's debts", "paid Russian firms"
    buyers = tuple(b for b in view.subject(at)[0] if b.kind == "state" and b != seller.entity)
    if not buyers:
        return None
    k = seller.last
    while k < len(view.tokens) and view.lower[k] != "for" and view.lower[k] not in CLAUSE_END \
            and view.lower[k] not in (";", ".") and k - seller.last < 8:
        k += 1  # past the sum: "$1.2 billion", "millions of dollars"
    if view.lower[k:k + 1] != ("for",):
        return None
    first = k + 1 + (k + 1 < len(view.tokens) and view.lower[k + 1] in _GOODS_START)  # ("for" may end a headline)
    end = first
    while end < len(view.tokens) and view.lower[end] not in _STOP and end - first < 6:
        end += 1
    categories, _ = load_lexicon().categorise([t.text for t in view.tokens[first:end]])
    if end == first or view.lower[first].endswith("ing") or categories in ([], ["financial"]) \
            or view.lower[end:end + 1] == ("for",):
        return None  # "paid Egypt for its help", "paid Lebanon $15 million for fuel for its army": a gift;
        # "paid Kyiv for carrying its gas": a service, no goods
    status = "pledged" if _FUTURE & set(view.lower[max(0, at - 3):at]) else "delivered"
    return Frame(_ENTRY, at, at + 1, (seller.entity,), [(first, end, buyers)], status, at, end)


def _paid_for_origin(view: SentenceView, at: int) -> Frame | None:
    """"Iraq pays for Iranian gas in crude oil": goods of another state's making, paid for, are bought from it."""
    first = at + 2 + (at + 2 < len(view.tokens) and view.lower[at + 2] in _GOODS_START)
    end = first
    while end < len(view.tokens) and view.lower[end] not in _STOP and end - first < 6:
        end += 1
    origin = next((view.actor_at[k] for k in range(first, end) if k in view.actor_at
                   and view.actor_at[k].how == "demonym" and view.actor_at[k].entity.kind == "state"), None)
    if origin is None:
        return None
    buyers = tuple(b for b in view.subject(at)[0] if b.kind == "state" and b != origin.entity)
    categories, _ = load_lexicon().categorise([t.text for t in view.tokens[first:end]])
    if not buyers or categories in ([], ["financial"]) or view.lower[end:end + 1] in (("for",), ("to",)):
        return None  # "Germany will pay for American Patriot systems for Ukraine": paid for another, a gift
    status = status_cues(view, at, "delivered", load_lexicon())
    if status not in ("delivered", "pledged"):
        return None  # "Kyiv hopes to pay for the Swedish jets": a purchase wished for, not made
    return Frame(_ENTRY, at, at + 2, (origin.entity,), [(first, end, buyers)], status, at, end)
