"""A request said not to have been made: "Egypt has not asked China for a new swap line", "Ukraine did not ask
Israel for air defence", "Kenya has not applied for a loan from the IMF". No one asked, so no flow is named at
any stage (README A3 "unspecified" is a request not yet answered, not one never made); the request frame is
dropped."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_ASKING = frozenset("ask request apply seek appeal".split())
_NOT = frozenset("not n't never".split())
_BETWEEN = frozenset("has have had did does do yet so far formally officially ever".split())


def without_unasked(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* without the unspecified request frames whose asking verb is negated."""
    return [f for f in frames if not (f.status == "unspecified" and view.lemmas[f.first] in _ASKING
                                      and _negated(view, f.first))]


def _negated(view: SentenceView, verb: int) -> bool:
    j = verb - 1
    while j >= 0 and view.lower[j] in _BETWEEN:
        j -= 1
    return j >= 0 and view.lower[j] in _NOT
