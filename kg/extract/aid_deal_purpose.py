"""The giver of a supply that is the purpose of a deal noun: "Iraq said that it had agreed to renew for another
year an arrangement to supply Lebanon with fuel", "Egypt has extended a deal to sell gas to Jordan". The
infinitive has no subject of its own; whoever renews, extends, signs or agrees the deal supplies."""

from __future__ import annotations

from kg.extract.aid_signed_under import DEAL_WORDS
from kg.extract.view import SentenceView

_DEAL_NOUNS = DEAL_WORDS | {"arrangement", "arrangements", "pact"}
_DEALING = frozenset("renew extend sign conclude agree reach strike seal ink prolong clinch land secure win finalise "
                     "finalize".split())  # "clinched a $920 million deal to supply Malaysia with jets"
_BETWEEN = frozenset("a an the its their new existing separate another more year years month months decade for one two "
                     "three four five ten long-term further million billion trillion worth ( )".split())
# ("to renew for two more years an arrangement", "a 1.2 trillion won ($920 million) deal")


def deal_verb(view: SentenceView, first: int) -> int | None:
    """The verb that renews, extends, signs or agrees the deal whose purpose "to" + the verb at *first* tells
    ("agreed to renew for another year an arrangement to supply": "renew"), if any."""
    if first < 3 or view.lower[first - 1] != "to" or view.lower[first - 2] not in _DEAL_NOUNS:
        return None
    for k in range(first - 3, max(-1, first - 9), -1):
        if view.lemmas[k] in _DEALING:
            return k
        if view.lower[k] not in _BETWEEN and not view.lower[k].endswith("-year") and not view.lower[k].isdigit() \
                and not view.in_amount(k):
            return None
    return None


def deal_to_give(view: SentenceView, last: int, give_verbs: frozenset[str]) -> bool:
    """Is what is won or secured after *last* a deal to give ("KAI has clinched a $920 million deal to supply
    Malaysia with jets")? Then the winner gives, as the supply verb's frame reads; it receives nothing."""
    for k in range(last, min(last + 10, len(view.tokens) - 2)):
        if view.lower[k] in _DEAL_NOUNS:
            return view.lower[k + 1] == "to" and view.lemmas[k + 2] in give_verbs
        if view.lower[k] not in _BETWEEN and not view.lower[k].isdigit() and not view.in_amount(k) \
                and not view.lower[k].endswith("-year"):
            return False
    return False
