"""A supply under a deal already signed: "Warsaw signed a deal last year to buy Patriot launchers", "Qatar
signed a 15-year deal to supply Kuwait with LNG". A purchase or supply contract signed is "approved" (README
A3: contracted); a gift agreed in a signed accord ("signed an agreement with the WFP to provide wheat") is
a promise, "pledged". A deal struck or agreed but not said to be signed keeps the stage of the other cues.
"""

from __future__ import annotations

from kg.extract.aid_signed_under import deal_of_under_which
from kg.extract.view import SentenceView, unique

_DEAL_NOUNS = frozenset("contract contracts deal deals agreement agreements accord order orders acceptance".split())
_SIGNED = frozenset("signed inked concluded ratified".split())
_STOPS = frozenset(", ; . and but".split())
_PURCHASE = frozenset("buy purchase acquire import".split())
_SUPPLY = frozenset("supply deliver sell export deposit lend ship".split())
_GIFT = frozenset("provide give donate grant".split())


def signed_deal(view: SentenceView, first: int) -> str | None:
    """The stage of the supply verb at *first* if it is the infinitive of a deal noun that a past signing verb
    governs ("signed a deal last year to buy": approved; "signed an agreement to provide": pledged). Not
    "agreed to sign a deal to buy", "will sign a deal to"."""
    if first < 3 or view.lower[first - 1] != "to" or view.lemmas[first] not in _PURCHASE | _SUPPLY | _GIFT:
        return None
    if _signed_before(view, first):
        return "pledged" if view.lemmas[first] in _GIFT else "approved"
    return None


def _signed_before(view: SentenceView, first: int) -> bool:
    """Is the infinitive "to" before *first* governed by a deal noun that a past signing verb governs?"""
    for j in range(first - 2, max(-1, first - 9), -1):
        if view.lower[j] in _STOPS:
            return False
        letter = _letter_of_acceptance(view, j) if view.lower[j] == "acceptance" else None
        if letter is not None:
            j = letter  # "signed a letter of offer and acceptance to buy F-16s": the sale contract of an arms sale
        if view.lower[j] in _DEAL_NOUNS or letter is not None:
            for k in range(j - 1, max(-1, j - 8), -1):  # ("signed a $10 billion deal to buy")
                if view.lower[k] in _STOPS:
                    return False
                if view.lower[k] in _SIGNED:
                    return k == 0 or view.lower[k - 1] not in ("be", "been", "being", "to")
            return False
    return False


def deal_partner(view: SentenceView, first: int, buyers) -> tuple:
    """The seller named as the other party of the deal whose infinitive is the purchase verb at *first*:
    "signed a deal with France in August to purchase 12 Rafale jets" (France sells); or the parties of a deal
    whose "under which" clause holds the verb ("Japan signed an agreement with Ukraine under which Kyiv is to
    receive a loan": Japan lends)."""
    if (deal := deal_of_under_which(view, first)) is not None:  # "signed an agreement with Ukraine under which
        start = max((k + 1 for k in range(deal) if view.lower[k] in (";", ".", ":")), default=0)  # Kyiv is to receive
        return unique(m.entity for m in view.actors if start <= m.first < deal and m.entity not in buyers  # a loan"
                      and m.entity.kind in ("state", "organisation") and not view.possessive(m))
    if first < 4 or view.lower[first - 1] != "to" or view.lemmas[first] not in _PURCHASE:
        return ()
    for j in range(first - 2, max(0, first - 10), -1):
        if view.lower[j] in _STOPS:
            return ()
        if view.lower[j] == "with" and view.lower[j - 1] in _DEAL_NOUNS:
            k = j + 1 + (view.lower[j + 1] == "the")
            partner = view.actor_at.get(k)
            if partner is not None and partner.entity not in buyers:
                return (partner.entity,)
            return ()
    return ()


def _letter_of_acceptance(view: SentenceView, at: int) -> int | None:
    """The index of "letter" in "letter of (offer and) acceptance" ending at *at*, if so."""
    for words in (("letter", "of", "offer", "and"), ("letter", "of")):
        start = at - len(words)
        if start >= 0 and tuple(view.lower[start:at]) == words:
            return start
    return None
