"""Where the goods a getter received end before a clause of time or cause set off by a comma: "Poland
received 20 tanks from Germany, a week after the two governments signed a $300 million deal", "... from
Germany on Monday, after the two sides signed a deal". What follows is no item, and the money of the deal
named in it is not what was received. (Ending the goods at an attribution, ", the ministry said", too was
tried and lowered dev half B.)"""

from __future__ import annotations

from kg.extract.view import SentenceView

_SUBORDINATORS = frozenset("after before when while since until because although though once".split())
_TIME_UNITS = frozenset("hour hours day days week weeks month months year years decade decades".split())
_COUNTS = frozenset("a an one two three four five six seven eight nine ten several few some just only barely "
                    "nearly almost".split())


def aside_at(view: SentenceView, at: int) -> bool:
    """Does the comma at *at* open a clause of time or cause ("after ...", "a week after ...")?"""
    lower, n = view.lower, len(view.tokens)
    if lower[at] != "," or at + 1 >= n:
        return False
    if lower[at + 1] in _SUBORDINATORS:
        return True  # ", after the two sides signed a deal"
    k = at + 1
    while k < n and k - at <= 3 and (lower[k] in _COUNTS or lower[k].isdigit()):
        k += 1
    # ", a week after", ", two days before"
    return k > at + 1 and k + 1 < n and lower[k] in _TIME_UNITS and lower[k + 1] in ("after", "before", "later", "earlier")
