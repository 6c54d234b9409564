"""Unnamed sources who spoke to a named outlet speak through it (gold rule C2): "diplomatic sources told
Prothom Alo that ...", "a senior Saudi official told the Financial Times that ..."."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef

_ANONYMOUS = frozenset("sources source officials official diplomats diplomat".split())


def told_outlet(view: SentenceView, j: int) -> tuple[EntityRef, int] | None:
    """At "told" (*j*) after an unnamed source: (the outlet told, where the source stands), or None."""
    if view.lower[j] not in ("told", "tells") or j + 1 >= len(view.tokens):
        return None
    k = j - 1
    while k >= 0 and view.lower[k] in ("had", "have", "has", "also", "earlier"):
        k -= 1
    if k < 0 or view.lower[k] not in _ANONYMOUS:
        return None
    found = source_name(view, j + 1, 1)
    return (found[0], k) if found is not None else None
