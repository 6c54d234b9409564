""""Egypt secured a loan from the International Monetary Fund, which said last week that ...", "after
talks with Iran, which has said ...": a state or body after "from" or "with" can be the antecedent of
a relative clause of speech; "aid to Cuba, which ..." is left alone (the thing given may be meant)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_SOURCE_PREPOSITIONS = frozenset("from with".split())


def source_in_pp(view: SentenceView, mention: Mention) -> bool:
    """Is *mention* a state or organisation right after "from"/"with" (or "from the")?"""
    k = mention.first - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    return k >= 0 and view.lower[k] in _SOURCE_PREPOSITIONS and mention.entity.kind in ("state", "organisation")
