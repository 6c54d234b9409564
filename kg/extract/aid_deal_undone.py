"""A purchase deal the buyer walked away from: "has pulled out of an agreement to buy 16 helicopters from
Russia", "backed out of its 2019 contract to purchase jets". The deal did not go on, so the purchase is
declined (README A3: cancelled, dropped), whatever the deal noun would otherwise say of its stage."""

from __future__ import annotations

from kg.extract.view import SentenceView

_DEAL_NOUNS = frozenset("contract contracts deal deals agreement agreements accord order orders".split())
# Phrases that leave a deal, as lower-case word tuples ending before the deal's article.
_LEAVING = (("pulled", "out", "of"), ("pull", "out", "of"), ("pulls", "out", "of"), ("pulling", "out", "of"),
            ("backed", "out", "of"), ("back", "out", "of"), ("backs", "out", "of"), ("backing", "out", "of"),
            ("walked", "away", "from"), ("walk", "away", "from"), ("walks", "away", "from"),
            ("withdrew", "from"), ("withdrawn", "from"), ("withdraws", "from"), ("withdrawing", "from"),
            ("exited",), ("terminated",), ("tore", "up"), ("torn", "up"), ("tears", "up"))
_STOPS = frozenset(", ; . and but".split())
_REACH = 8  # words between the deal noun and the purchase verb's "to" ("a $1.2 billion deal signed in 2018 to")


def deal_undone(view: SentenceView, first: int) -> bool:
    """Is the verb at *first* the infinitive of a deal noun that a leaving phrase governs ("pulled out of a
    deal to buy")?"""
    words = view.lower
    if first < 4 or words[first - 1] != "to":
        return False
    for j in range(first - 2, max(-1, first - 2 - _REACH), -1):
        if words[j] in _STOPS:
            return False
        if words[j] in _DEAL_NOUNS:
            for k in range(j - 1, max(-1, j - 6), -1):
                if words[k] in _STOPS:
                    return False
                if any(tuple(words[k - len(p) + 1:k + 1]) == p for p in _LEAVING if k - len(p) + 1 >= 0):
                    return True
            return False
    return False
