"""A plural accord noun with "with" and a list of states names one accord with each, with a side the clause
leaves unnamed: in "Officials in Manila said talks on similar pacts with France and New Zealand were under
way" the pacts are the Philippines' with France and with New Zealand, never one between France and New
Zealand; so are accords said to have been signed with a list ("agreements have been signed with the UAE and
the UK"). The unnamed side is the state the article is about (the one it names most), where that is not in
the list; else no record is made."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.view import SentenceView
from kg.model import EntityRef


def partners_only(view: SentenceView, last: int, c_last: int, parties: Sequence[EntityRef]) -> bool:
    """Are *parties* exactly the list after "with" that follows the plural agreement noun ending before
    *last* ("pacts with France and New Zealand", "contracts with Turkey and Pakistan")?"""
    if len(parties) < 2 or not view.lower[last - 1].endswith("s"):
        return False
    at = next((j for j in range(last, min(last + 3, c_last)) if view.lower[j] == "with"), None)
    if at is None:  # "Investment agreements for solar projects have been signed with the UAE and the UK"
        at = next((j for j in range(last, c_last) if view.lower[j] == "with" and view.lower[j - 1].endswith("ed")
                   and view.lower[j - 2] in ("been", "be", "was", "were")), None)
        if at is not None and any(last <= m.first < at for m in view.actors):
            at = None  # an actor before "with" is a side of its own
    start = next((m for m in view.actors if at is not None and m.first in (at + 1, at + 2)), None)
    return start is not None and {m.entity for m in view.group(start)} == set(parties)


def unnamed_side(parties: Sequence[EntityRef], main: Sequence[EntityRef]) -> EntityRef | None:
    """The state the article names most (of *main*, its two most named) that is not among *parties*."""
    return next((state for state in main if state not in parties), None)
