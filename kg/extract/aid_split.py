"""Getters named by how a sum is shared out: "Germany pledged 96 million euros in humanitarian aid, to be
split between Lebanon and neighbouring Syria", "a grant that will be shared equally among Malawi,
Mozambique and Zimbabwe". They are read only when the item itself names no getter."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

_SHARE_VERBS = frozenset("split shared divided distributed".split())
_AMONG = frozenset(["between", "among", "amongst"])
_ADVERBS = frozenset("equally evenly roughly".split())
_OPENERS = (("to", "be"), ("which", "will", "be"), ("that", "will", "be"), ("which", "is", "to", "be"),
            ("which", "would", "be"), ("and", "will", "be"))
_STOPS = frozenset([".", ";", ",", "which", "who", "while", "but", "as"])


def shared_out(view: SentenceView, first: int, last: int,
               donors: tuple[EntityRef, ...]) -> tuple[int, tuple[EntityRef, ...]] | None:
    """Where the item first..last ends and the actors it is shared out among, when the item runs on
    into ", to be split between ..."; None when it does not."""
    for comma in range(first + 1, min(last, len(view.lower))):
        if view.lower[comma] == "," and (getters := _shared_after(view, comma + 1, donors)):
            return comma, getters
    return None


def _shared_after(view: SentenceView, j: int, donors: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    opener = next((o for o in _OPENERS if tuple(view.lower[j:j + len(o)]) == o), None)
    if opener is None:
        return ()
    j += len(opener)
    if j >= len(view.lower) or view.lower[j] not in _SHARE_VERBS:
        return ()
    j += 1
    while j < len(view.lower) and view.lower[j] in _ADVERBS:
        j += 1
    if j >= len(view.lower) or view.lower[j] not in _AMONG:
        return ()
    stop = j + 1
    while stop < len(view.lower) and not (view.lower[stop] in _STOPS and not (
            view.lower[stop] == "," and stop + 1 in view.actor_at)):
        stop += 1
    return unique(m.entity for m in view.actors_in(j + 1, stop) if m.entity not in donors)
