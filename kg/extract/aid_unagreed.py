"""A supply its giver has not (yet) agreed to: "China has not yet agreed to restructure its loans to Sri
Lanka", "Saudi Arabia has yet to agree to extend its deposit". The flow is named with no stage reached, a
request not yet answered (README A3 "unspecified"), like "has yet to approve the sale"; not the approved or
pledged stage that "agreed to" gives."""

from __future__ import annotations

import re

from kg.extract.view import SentenceView

UNAGREED = re.compile(r"\b(?:not|n't|never)\s+(?:yet\s+)?agreed\b|\byet\s+to\s+agree\b", re.IGNORECASE)
_NEGATION = frozenset("not n't never".split())


def unagreed(view: SentenceView, first: int) -> bool:
    """Is the supply verb at *first* the infinitive of an "agree" under negation or "yet to" ("has not yet agreed
    to restructure", "has yet to agree to extend")?"""
    if first < 3 or view.lower[first - 1] != "to" or view.lemmas[first - 2] != "agree":
        return False
    before = view.lower[max(0, first - 5):first - 2]
    return bool(_NEGATION & set(before)) or tuple(before[-2:]) == ("yet", "to")
