"""A purchase under a deal already signed: "Warsaw signed a deal last year to buy Patriot launchers".
A purchase contract signed is "approved" (README A3); a deal struck or agreed but not said to be
signed stays a pledge. ("inked an agreement to supply fuel" was tried as approved too and lowered
dev half B, so a signed supply deal is left to the pledge cues.)"""

from __future__ import annotations

from kg.extract.view import SentenceView

_DEAL_NOUNS = frozenset("contract contracts deal deals agreement agreements accord order orders acceptance".split())
_SIGNED = frozenset("signed inked concluded".split())
_STOPS = frozenset(", ; . and but".split())
_PURCHASE = frozenset("buy purchase acquire import".split())


def signed_deal(view: SentenceView, first: int) -> bool:
    """Is the purchase verb at *first* the infinitive of a deal noun that a past signing verb governs
    ("signed a deal last year to buy")? Not "agreed to sign a deal to buy", "will sign a deal to"."""
    if first < 3 or view.lower[first - 1] != "to" or view.lemmas[first] not in _PURCHASE:
        return False
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
    "signed a deal with France in August to purchase 12 Rafale jets" (France sells)."""
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
