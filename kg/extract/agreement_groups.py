"""Regional groups that sign as their members ("Leaders of China and the five Central Asian republics signed a
treaty", "an accord with the Gulf states"), and "the six leaders" that name the parties of the accord told
last with as many parties.

A group is a party only where it is coordinated with a party of the clause ("X and the five ...") or follows
"with" or "between"; "aid to the Baltic states under the pact" names what the accord is about."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.state_kinds import group_at
from kg.extract.view import SentenceView, unique
from kg.model import Agreement, EntityRef

_NUMBERS = {w: n for n, w in enumerate("three four five six seven eight nine ten eleven twelve".split(), start=3)}
_SIDES = frozenset("leaders presidents heads countries nations states governments signatories".split())


def group_parties(view: SentenceView, c_first: int, c_last: int,
                  parties: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """*parties* with the members of each regional group the clause names beside them."""
    words = view.lower
    for j in range(max(c_first, 1), c_last):
        if words[j - 1] not in ("and", "with", "between"):
            continue
        members, _ = group_at(words, j)
        if not members:
            continue
        if words[j - 1] == "and":  # "China and the five Central Asian republics": beside a party
            before = view.actor_at.get(j - 2)
            if before is None or before.entity not in parties:
                continue
        parties = unique([*parties, *members])
    return parties


def numbered_accord(view: SentenceView, c_first: int, c_last: int, found: Sequence[Agreement]) -> tuple[EntityRef, ...]:
    """"The six leaders also adopted a declaration": the parties of the last accord with six parties; ()."""
    for j in range(max(c_first, 1), c_last - 1):
        n = _NUMBERS.get(view.lower[j])
        if n and view.lower[j + 1] in _SIDES and view.lower[j - 1] in ("the", "all"):
            return next((a.parties for a in reversed(found) if len(a.parties) == n), ())
    return ()
