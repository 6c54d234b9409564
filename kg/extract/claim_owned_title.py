"""A title owned by a state, with no name: "Sudan's foreign minister had complained ...", "Brazil's president
said ...". The holder named before speaks, else the state the text makes speak (gold rule C2)."""

from __future__ import annotations

from kg.extract.claim_titles import PersonTrail
from kg.extract.view import SentenceView
from kg.model import EntityRef

_TITLE_WORDS = frozenset("foreign defence defense finance prime interior economy trade energy deputy "
                         "minister president ambassador envoy premier chancellor".split())
_HEADS = frozenset("minister president ambassador envoy premier chancellor".split())
_AUXILIARIES = frozenset("has have had also".split())


def owned_title(view: SentenceView, verb: int, trail: PersonTrail) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* after "<State>'s <title>" (and auxiliaries): (the speaker, where the state
    is named), or None."""
    k = verb - 1
    while k > 0 and view.lower[k] in _AUXILIARIES:
        k -= 1
    if k < 2 or view.lower[k] not in _HEADS or k in view.actor_at:
        return None
    while k > 0 and view.lower[k - 1] in _TITLE_WORDS and k - 1 not in view.actor_at:
        k -= 1
    if view.lower[k - 1] not in ("'s", "’s") or k - 2 not in view.actor_at:
        return None
    owner = view.actor_at[k - 2]
    if owner.entity.kind != "state" or owner.last != k - 1 or (owner.first > 0 and view.lower[owner.first - 1] not in (
            "the", ",", ".", '"', "“", "”", "and", "but", "—", "–", "-", ")")):  # "WARSAW, Feb 14 — Poland's ..."
        return None  # "Sudan's foreign minister" opening its clause, not "a letter to Sudan's foreign minister"
    holder = next((p for p in reversed(trail.named) if trail.states.get(p) == owner.entity), None)
    return (holder or owner.entity), owner.first
