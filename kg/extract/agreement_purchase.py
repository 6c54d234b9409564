"""Who a purchase agreement is with, and which actor names no party: "signed a contract to buy 17 jets from
Sweden" is an accord with the seller (README A1: in a sale the seller is the other side), and "a US-backed offer",
"a Russian-made system" use the actor as half of a compound modifier, not as a party."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_BUY = frozenset("buy purchase acquire procure import order".split())
_GET = frozenset("receive get obtain".split())  # the terms of a deal: what one side gets from the other


def seller(view: SentenceView, last: int, mention: Mention) -> bool:
    """*mention* is governed by "from" after an agreement noun ending before *last* whose infinitive is a
    purchase ("a contract to buy jets from Sweden", "a deal on Tuesday to purchase howitzers from India")."""
    if made_in(view, last, mention):
        return True
    before = view.actor_at.get(mention.first - 2) if mention.first >= 2 and view.lower[mention.first - 1] == "and" else None
    if before is not None and before.last == mention.first - 1 and seller(view, last, before):
        return True  # "from Qatar and Oman": both sell
    if mention.first < last + 2 or view.lower[mention.first - 1] not in ("from", "the"):
        return False
    at = mention.first - 1 if view.lower[mention.first - 1] == "from" else mention.first - 2
    if view.lower[at] != "from":
        return False
    span = range(last, at)
    if tuple(view.lower[last:last + 2]) == ("under", "which") and at - last <= 14 \
            and not any(view.lower[j] in (",", ";", ":", "that") for j in span):
        return any(view.lemmas[j] in _BUY | _GET for j in span)  # "a deal under which it will receive wheat from Russia"
    if any(view.lower[j] in (",", ";", ":", "which", "that") for j in span):
        return False
    if last < len(view.lower) and view.lower[last] == "for" and at - last <= 7 and "of" not in view.lower[last:at]:
        return True  # "signed a letter of acceptance for 20 F-35 jets from the United States": goods and their seller
    return any(view.lower[j] == "to" and view.lemmas[j + 1] in _BUY for j in span)


def modifier(view: SentenceView, mention: Mention) -> bool:
    """"a US-backed offer", "Chinese-made drones": the actor is half of a hyphenated modifier."""
    if not (mention.last + 1 < len(view.tokens) and view.lower[mention.last] == "-"
            and view.tokens[mention.last + 1].text.islower()):
        return False
    # "will buy Israeli-made missiles under a deal": the maker of what is bought is the seller, a party
    return not (view.lower[mention.last + 1] in ("made", "built")
                and any(view.lemmas[j] in _BUY for j in range(max(0, mention.first - 3), mention.first)))


def made_in(view: SentenceView, last: int, mention: Mention) -> bool:
    """"a contract for 16 Russian Mi-17 helicopters": a demonym right after "for" (and a number) that follows a
    contract noun names the goods' maker, the seller."""
    if mention.how != "demonym" or view.lower[last - 1] not in ("contract", "contracts") or last >= len(view.tokens):
        return False
    at = last + 1 if view.lower[last] == "for" else None
    if at is not None and at < mention.first and view.lower[at].replace(",", "").isdigit():
        at += 1
    return at == mention.first


_SPANS = frozenset("year years month months week weeks day days decade decades percent per cent %".split())
_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                     "hundred hundreds dozen dozens".split())
_MORE = frozenset("more additional further extra".split())
# words between "for" and the number: "for an additional 1.5 billion cubic metres", "for up to 20 jets"
_BEFORE_NUMBER = frozenset("a an additional extra further up to about some roughly nearly almost around another "
                           "over".split())
# units of bulk goods: "1.5 billion cubic metres of gas" is goods, "1.5 billion" alone is money
_UNITS = frozenset("cubic tonnes tons tonne ton barrels litres liters bcm kwh mwh gwh twh megawatts gigawatts "
                   "kilowatt-hours".split())


def ordered(view: SentenceView, last: int) -> bool:
    """"a $7 billion deal with Washington for 40 F-16s", "a deal for 12 helicopters", "a deal for an additional
    1.5 billion cubic metres of gas": a deal for a number of goods is a purchase contract (README AG4), but not
    "a deal for 10 years", "for 20 percent" or "for 1.5 billion" (money)."""
    for j in range(last, min(last + 8, len(view.tokens) - 2)):
        if view.lower[j] in (",", ";", ".", "that", "which", "to", "under"):
            return False
        if view.lower[j] != "for":
            continue
        at = j + 1
        while at < j + 4 and at + 1 < len(view.tokens) and view.lower[at] in _BEFORE_NUMBER:
            at += 1  # "for an additional 1.5 billion cubic metres of natural gas"
        if view.tokens[at].text[:1].isdigit() or view.lower[at] in _NUMBERS:
            k = at + 1  # "for five more years", "for two further terms": the noun after the number's modifiers
            while k + 1 < len(view.tokens) and view.lower[k] in _MORE:
                k += 1
            if view.lower[k].startswith(("billion", "million")):
                return any(view.lower[u] in _UNITS for u in range(k + 1, min(k + 3, len(view.tokens))))
            return view.lower[k] not in _SPANS
        return False
    return False
