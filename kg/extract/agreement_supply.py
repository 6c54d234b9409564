"""A deal whose terms are to supply or buy goods is a purchase or supply contract (README AG4): "an agreement
with Bangladesh to supply 1.5 million tonnes of LNG a year", "a provisional agreement under which Russia is to
supply petrol and wheat", "a deal for the supply of gas", "a defence deal that included an order for 42
Rafale aircraft"; not a gift ("agreements to deliver grain free of charge")."""

from __future__ import annotations

from kg.extract.view import SentenceView

_VERBS = frozenset("supply deliver buy purchase sell import export".split())
_SUPPLY = frozenset("supply deliver sell export".split())
_NOUNS = frozenset("supply supplies supplying delivery deliveries purchase purchases sale sales order orders".split())
_STOP = frozenset("; . — –".split())
_CLAUSE = frozenset("and but while although whereas".split())
_FREE = frozenset("free gift gifts donate donated donation donations grant grants aid".split())  # "free of charge"


def supply_terms(view: SentenceView, last: int) -> bool:
    """Do the words after the agreement noun ending before *last* tell a supply or a purchase: "to" + a verb of
    supplying or buying, "under which" ... a verb of supplying or buying, "for" + a noun of supply ("for the supply
    of"), or "that included an order"? The search stops at the end of the sentence or a new clause
    ("and", "while") and after fifteen words."""
    n = len(view.tokens)
    stop = next((j for j in range(last, min(last + 15, n)) if view.lower[j] in _STOP
                 or view.lower[j] in _CLAUSE and view.lower[j - 1] == ","), min(last + 15, n))
    if any(view.lower[j] in _FREE for j in range(last, stop)):
        return False  # "agreements to deliver grain free of charge to Mali": a gift, not a sale
    under = False
    for j in range(last, stop):
        word, lemma = view.lower[j], view.lemmas[j]
        if word == "under" and j + 1 < stop and view.lower[j + 1] == "which":
            under = True
        if under and lemma in _VERBS:
            return True  # "under which Russia is to supply the country with petrol"
        if word == "to" and j + 1 < stop and view.lemmas[j + 1] in _VERBS:
            return True  # "to supply LNG", "an agreement to buy IRIS-T systems" (a purchase contract)
        if word == "for" and any(view.lower[k] in _NOUNS for k in range(j + 1, min(j + 3, stop))):
            return True  # "for the supply of gas", "for the purchase of" ("an agreement on gas deliveries": a deal)
        if lemma == "include" and any(view.lower[k] in ("order", "orders") for k in range(j + 1, min(j + 4, stop))):
            return True  # "that included an order for 42 Rafale aircraft"
    return False


def supplied_kind(view: SentenceView, c_first: int, first: int, kind: str) -> str:
    """A deal under which the clause before it tells goods supplied or sold is a contract ("Azerbaijan will
    double its gas deliveries to Bulgaria under a deal signed on Thursday", "keeps selling it oil under a
    deal"); not a gift. Read once the stage is known, so a deal with no verb of its own stays unrecorded."""
    at = first - 1 if first >= 1 and view.lower[first - 1] in ("a", "an", "the") else first  # "under agreements"
    if kind != "deal" or at < 1 or view.lower[at - 1] not in ("under", "in"):
        return kind
    words = range(c_first, first)  # "has bought 20 jets from Britain under a deal", "agreed to sell ... in a deal"
    if any(view.lemmas[j] in _VERBS or view.lower[j] in _NOUNS for j in words) \
            and not any(view.lower[j] in _FREE for j in words):
        return "contract"
    return kind
