"""Relative asides about a speaker: "Japan, which chairs the creditor committee with India and France,
said ...", "..., said Peter Breuer, who led the IMF mission". What the aside names describes the
speaker; when a statement names no one, it is not what the statement is about (gold rule C3: not
entities only in the attribution frame)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_RELATIVES = frozenset("who which whose".split())


def relative_asides(view: SentenceView, first: int, last: int) -> set[int]:
    """Tokens of the relative clauses opened by ", who/which/whose" outside what was said (*first*..*last*)."""
    inside: set[int] = set()
    n = len(view.tokens)
    for k in range(1, n):
        if view.lower[k] not in _RELATIVES or view.lower[k - 1] != "," or first <= k < last:
            continue
        end = k + 1
        while end < n and view.lower[end] not in (",", ".", ";", '"', "“", "”") and not first <= end < last:
            end += 1
        inside.update(range(k, end))
    return inside
