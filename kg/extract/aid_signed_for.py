"""A purchase contract signed between two named parties: "Egypt signed a deal with France for 30 Rafale
jets", "Thales and the Armenian government signed a contract for the purchase of three radars". A
contract signed is "approved" (README A3). The signer who signs "with" a supplier buys; a company
among the parties (a defence group, a maker) is the seller; else the origin of the goods ("signed a deal for
42 French Rafale jets"). A contract dropped ("Egypt later dropped the deal for Russian jets") is declined."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView

_ENTRY = Entry(("contract",), "give", "approved")
_COMPANY = frozenset("group company companies firm firms maker makers manufacturer manufacturers contractor "
                     "contractors industries shipyard shipyards corporation".split())
_STOP = frozenset(", . ; on in at that which who while because after before".split())


def signed_for_frame(view: SentenceView, at: int, j: int, status: str = "approved") -> Frame | None:
    """The flow of the contract noun at *at* whose object starts after "for"/"of" at *j*: approved, or the
    *status* of what was done to the contract."""
    subject, subject_at = view.subject(at)
    if subject_at is None:
        return None
    seller = next((view.actor_at[k + 1] for k in range(at + 1, j) if view.lower[k] == "with" and k + 1 in view.actor_at),
                  None) or _seller_after_from(view, j) or _origin_of_goods(view, j)
    # ("a contract for 180 K2 tanks from South Korea's Hyundai Rotem", "a deal for 42 French Rafale jets")
    if seller is not None and len(subject) == 1:
        buyer = subject[0]
        if _company(view, view.actor_at[subject_at]):
            buyer, seller_ref = seller.entity, subject[0]  # "Rosatom signed a contract with Egypt for ..."
        else:
            seller_ref = seller.entity
    elif seller is None and len(parties := [m for m in view.actors if subject_at <= m.first < at
                                            and not view.in_pp(m)]) == 2:
        companies = [m for m in parties if _company(view, m)]
        if len(companies) != 1:
            return None  # "Egypt and France signed a contract": who sells is not said
        seller_ref = companies[0].entity
        buyer = next(m.entity for m in parties if m.entity != seller_ref)
    else:
        return None
    end = j + 1
    while end < len(view.tokens) and view.lower[end] not in _STOP:
        end += 1
    if buyer == seller_ref or not load_lexicon().categorise([t.text for t in view.tokens[j + 1:end]])[0]:
        return None  # "signed a deal with France for closer ties": no goods
    item_end = next((k for k in range(j + 1, end) if view.lower[k] in ("from", "with")), end)  # the seller is no item
    return Frame(_ENTRY, at, at + 1, (seller_ref,), [(j + 1, item_end, (buyer,))], status, subject_at, end)


def _origin_of_goods(view: SentenceView, j: int):
    """The state named by a demonym among the first words of the contract's object ("for 42 French Rafale
    jets"), if one names it before the clause ends."""
    for k in range(j + 1, min(j + 5, len(view.tokens) - 1)):
        if view.lower[k] in _STOP:
            return None
        mention = view.actor_at.get(k)
        if mention is not None:
            return mention if mention.entity.kind == "state" and mention.how == "demonym" else None
    return None


def _seller_after_from(view: SentenceView, j: int):
    """The state after "from" (or "with": "a contract for 48 jets with Türkiye") in the contract's object, if it
    names one before the clause ends."""
    for k in range(j + 1, min(j + 12, len(view.tokens) - 1)):
        if view.lower[k] in _STOP:
            return None
        if view.lower[k] in ("from", "with"):
            spot = k + 1 + (view.lower[k + 1] == "the")
            mention = view.actor_at.get(spot)
            return mention if mention is not None and mention.entity.kind == "state" else None
    return None


def _company(view: SentenceView, mention) -> bool:
    """"the French defence group Thales": a company of the state, not its government."""
    return bool(set(view.lower[mention.last:mention.last + 3]) & _COMPANY)
