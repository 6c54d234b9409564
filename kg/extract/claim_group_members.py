"""A regional group named inside what was said: "grant assistance ... to the five Central Asian
countries", "the Baltic states will get ...". The statement refers to each member state (gold rule C3:
the states named or referred to), as an aid flow to the group goes to each member."""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.state_kinds import GROUP_NOUNS, group_at
from kg.extract.view import SentenceView
from kg.model import EntityRef


@needs(lambda: GROUP_NOUNS, nothing=())  # a group's name ends in such a noun ("the Baltic states")
def group_members(view: SentenceView, first: int, last: int) -> tuple[EntityRef, ...]:
    """The member states of every regional group named as a whole, with the definite article, in tokens
    *first*..*last* ("the five Central Asian countries", "the Baltic states"); a bare "Gulf states" is
    any of them, a generic speaker's words, not each member."""
    members: list[EntityRef] = []
    k = first
    while k < last:
        if view.lower[k] == "the":  # (only a group named with the article counts)
            found, end = group_at(view.lower, k)
            if found and end <= last:
                members.extend(found)
                k = end
                continue
        k += 1
    return tuple(dict.fromkeys(members))
