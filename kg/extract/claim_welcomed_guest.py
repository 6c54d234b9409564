""""Nigerian President Bola Tinubu welcomed Brazilian President Luiz Inacio Lula da Silva to Abuja", "Xi
welcomed his Vietnamese counterpart at the Great Hall": welcoming a person is hosting a visit (a meeting),
not a statement, though "welcomed" is a speech verb in "welcomed the decision" and "welcomed Lula's
offer" (gold rule C1 needs words)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_WELCOMED = frozenset("welcomed welcomes welcome".split())
_LEADING = frozenset("his her their its the visiting".split())  # "his Vietnamese counterpart", "the visiting emir"
_REACH = 5


def welcomed_guest(view: SentenceView, j: int) -> bool:
    """Is the verb at *j* "welcomed" with a person (not a person's words or deeds) as its object?"""
    if view.lower[j] not in _WELCOMED:
        return False
    k = j + 1
    while k < len(view.tokens) and k - j <= _REACH and k not in view.actor_at and (
            view.lower[k] in _LEADING or view.tokens[k].text[:1].isupper()):
        k += 1  # "Brazilian President", "his counterpart"
    mention = view.actor_at.get(k)
    if mention is not None and mention.entity.kind == "state" and mention.how == "demonym":
        k = mention.last  # "welcomed Brazilian President Lula"
        while k < len(view.tokens) and k - j <= _REACH and k not in view.actor_at and view.tokens[k].text[:1].isupper():
            k += 1
        mention = view.actor_at.get(k)
    if mention is None or mention.entity.kind != "person" or view.possessive(mention):
        return view.lower[k:k + 1] == ("counterpart",) and k > j + 1  # "welcomed his Kenyan counterpart"
    return True
