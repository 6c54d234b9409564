"""A getter asking, hoping or wanting to get: "Vietnam has asked to buy Gripen fighters from Sweden",
"Kenya had hoped to secure a loan from the World Bank", "Pakistan wants to import more LNG from
Qatar", "has been trying to obtain F-35s". The wish is a request not yet answered (README A3 "unspecified"),
not a purchase or a receipt."""

from __future__ import annotations

from kg.extract.aid_time_aside import before_time_phrase
from kg.extract.view import SentenceView

_WISHING = frozenset("ask asks asked asking request requests requested requesting seek seeks sought seeking "
                     "hope hopes hoped hoping want wants wanted wanting wish wishes wished wishing "
                     # an effort or aim to get: "is aiming to import gas", "has been trying to obtain F-35s"
                     "aim aims aimed aiming try tries tried trying".split())


def wished(view: SentenceView, first: int) -> bool:
    """Is the receive verb at *first* the infinitive of a wish or request ("asked to buy", "hopes to get")?"""
    j = first - 1
    if j >= 1 and view.lower[j - (view.lower[j] == "to")] == "and":
        return _second_infinitive(view, j - (view.lower[j] == "to"))  # "asked to upgrade ... and (to) buy"
    if j < 1 or view.lower[j] != "to":
        return False
    j = before_time_phrase(view, j - 1)  # "asked in October 2021 to acquire", "asked last year to buy"
    while j > 0 and view.lower[j].endswith("ly") and view.lower[j] not in ("only",):
        j -= 1  # "had long hoped to", "has repeatedly asked to"
    return view.lower[j] in _WISHING


def _second_infinitive(view: SentenceView, and_at: int) -> bool:
    """Does the "and" at *and_at* join a second infinitive to a wished first one ("had requested to upgrade
    four batteries and to buy 100 interceptors")?"""
    for k in range(and_at - 1, max(0, and_at - 12), -1):
        if view.lower[k] in (".", ";", ":", "and"):
            return False
        if view.lower[k] == "to":
            return k >= 1 and view.lower[k - 1] in _WISHING
    return False
