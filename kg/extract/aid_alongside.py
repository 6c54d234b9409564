"""Fighters sent to fight for another: "Between 3,000 and 4,000 Rwandan soldiers have been fighting alongside
the M23 rebels", "Fighters from the Wagner Group have been deployed alongside Malian troops", "North Korean
troops are fighting for Russia".

The subject names troops (soldiers, fighters, mercenaries, instructors) and whose they are (a demonym or
possessive, or "from X"); the side named after "alongside" gets them, a service flow (README A1),
delivered as reported.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_rebuttal import DENY_LEMMAS
from kg.extract.lexicon import Entry
from kg.extract.view import CLAUSE_END, SentenceView, unique

_TROOPS = frozenset("troops soldiers fighters forces mercenaries instructors advisers advisors personnel "
                    "commandos contractors".split())
_FIGHTING = frozenset("fight deploy operate serve battle".split())
_ENTRY = Entry(("fight",), "give", "delivered")


def alongside_frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of "alongside" at *at*, if troops of one side fight or serve beside another side."""
    if view.lower[at] in ("fighting", "fought") and view.lower[at + 1:at + 2] == ("for",):
        at += 1  # "North Korean troops fighting for Russia": the side after "for" gets them
    elif view.lower[at] != "alongside":
        return None
    if at + 1 >= len(view.tokens):
        return None
    start = at
    while start > 0 and view.lower[start - 1] not in (";", ":", "that") and view.lower[start - 1] not in CLAUSE_END:
        start -= 1
    # "The Kremlin dismissed reports that North Korean troops were fighting for Russia": a denial
    status = "denied" if start > 0 and view.lower[start - 1] == "that" and DENY_LEMMAS & set(view.lemmas[:start]) \
        else "delivered"
    troop = next((j for j in range(start, at) if view.lower[j] in _TROOPS), None)
    if troop is None or not _FIGHTING & set(view.lemmas[troop:at]):
        return None  # "trained alongside French soldiers": an exercise, not a side taken
    givers = [m for m in view.actors_in(start, at) if m.entity.kind in ("state", "organisation")
              and (m.how == "demonym" or view.possessive(m) or view.from_before(m)
                   or m.last == troop or (m.first < troop and troop - m.last <= 1))]
    k = at + 1 + (view.lower[at + 1] == "the")
    side = view.actor_at.get(k)
    if side is None or not givers:
        return None
    getters = unique(m.entity for m in view.group(side))
    donors = unique(m.entity for m in givers if m.entity not in getters)
    if not donors:
        return None
    return Frame(_ENTRY, at, at + 1, donors, [(start, at, getters)], status, start, side.last)
