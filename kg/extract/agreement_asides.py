"""A relative aside between an agreement's subject and its noun tells another act of the subject: in
"Washington, which suspended most aid to Bolivia in 2008, criticised the deals" neither Bolivia nor the
aside's verb belong to the deals; the aside's actors are no parties and its verbs give no status."""

from __future__ import annotations

from kg.extract.view import SentenceView

_RELATIVES = frozenset("which who whose".split())


def asides(view: SentenceView, c_first: int, noun: int) -> list[tuple[int, int]]:
    """Token spans of the asides ", which ... ," after a name that close before the noun at *noun*."""
    spans: list[tuple[int, int]] = []
    ends = {m.last for m in view.actors}
    for j in range(c_first, noun - 1):
        if view.lower[j] != "," or view.lower[j + 1] not in _RELATIVES or j not in ends:
            continue
        close = next((k for k in range(j + 2, noun) if view.lower[k] == ","), None)
        if close is not None:
            spans.append((j, close + 1))
    return spans


def outside(spans: list[tuple[int, int]], position: int) -> bool:
    """Is *position* outside every aside?"""
    return not any(a <= position < b for a, b in spans)
