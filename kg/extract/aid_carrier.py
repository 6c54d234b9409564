"""The state whose craft carried goods named in a passive: "Tents were flown to Morocco aboard Spanish
air force planes", "Twenty armoured carriers were flown into Haiti aboard Canadian military aircraft".
With no agent after "by", the state owning the plane, ship or truck that brought the goods gives them.
"""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView, unique
from kg.model import EntityRef

_ON_BOARD = frozenset("aboard onboard on in".split())
_BEFORE_OWNER = frozenset("a an the two three four several".split())
_CRAFT = frozenset("helicopter helicopters jet jets airlifter airlifters c-130 c-17".split())


def carrier_state(view: SentenceView, start: int) -> tuple[EntityRef, ...]:
    """The state named by demonym or possessive before a vehicle after "aboard"/"on"/"in" in the clause
    from *start*; () when there is none."""
    vehicles = load_lexicon().vehicles | _CRAFT
    n = len(view.tokens)
    for j in range(start, min(start + 12, n - 1)):
        if view.lower[j] in CLAUSE_END or view.lower[j] in (".", ","):
            return ()
        if view.lower[j] not in _ON_BOARD:
            continue
        k = j + 1
        while k < n and view.lower[k] in _BEFORE_OWNER:
            k += 1
        owner = view.actor_at.get(k)
        if owner is None or not (owner.how == "demonym" or view.possessive(owner) or _modifier(view, owner)):
            continue
        if any(view.lower[x] in vehicles for x in range(owner.last, min(owner.last + 4, n))):
            return unique(m.entity for m in view.group(owner))
    return ()


def _modifier(view: SentenceView, owner) -> bool:
    """Is the state's name set before a noun as a modifier ("New Zealand air force planes")?"""
    return owner.entity.kind == "state" and owner.last < len(view.tokens) \
        and view.tokens[owner.last].text[:1].islower() and view.tokens[owner.last].text[:1].isalpha()
