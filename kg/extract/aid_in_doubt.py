"""Aid whose stage the text leaves open: "Chinese loans to Zambia are now in question", "British aid
to Malawi remains in doubt", "the $3 billion loan hangs in the balance". The aid noun names the flow,
the predicate says its next step is uncertain: no stage (README A3 "unspecified"), not delivered."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_LINKS = frozenset("is are was were remains remain remained now also still hangs hang hung seems seem looks "
                   "look appears appear has have been become becomes".split())
_OPEN = (("in", "question"), ("in", "doubt"), ("uncertain",), ("in", "the", "balance"), ("in", "jeopardy"),
         ("at", "risk"), ("unclear",))


def left_open(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each delivered aid-noun frame whose subject clause ends "is in question" (and the
    like) made unspecified."""
    return [replace(f, status="unspecified") if f.trigger.frame == "aid-noun" and f.status == "delivered"
            and _open_after(view, f.quote_last) else f for f in frames]


def _open_after(view: SentenceView, at: int) -> bool:
    """Does a linking verb at or a few words after *at* lead to "in question", "uncertain" ...?"""
    j, n = at, len(view.tokens)
    while j < n and j - at < 5 and view.lower[j] not in _LINKS:
        if view.lower[j] in (",", ";", ".", "and", "but", "that", "which"):
            return False
        j += 1
    if j >= n or view.lower[j] not in _LINKS:
        return False
    while j < n and view.lower[j] in _LINKS:
        j += 1
    return any(tuple(view.lower[j:j + len(p)]) == p for p in _OPEN)
