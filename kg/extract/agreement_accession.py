"""An accession accord is between the state that joins and the body it joins: in "Hungary's parliament
ratified Sweden's NATO accession protocol" or "Hungary ratified the accession protocol of Finland to NATO"
the parties are Sweden (Finland) and NATO; the state that ratifies another's accession is no party. Where the
joiner is owned by words that name no actor here ("ratified the Nordic country's accession protocol"), the
accord gives no record: its parties are not the ratifier's."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_POSSESSIVE = frozenset(("'s", "’s"))


def _joiner(view: SentenceView, at: int, last: int, c_last: int) -> EntityRef | str | None:
    """The state whose accession the word "accession" at *at* names: its possessor before ("Sweden's NATO
    accession protocol") or the state after "of" right after the noun ending before *last* ("the accession
    protocol of Finland"); "unnamed" for a possessor in lower-case words ("the Nordic country's"); None else."""
    k = at - 1
    while k > 0 and k in view.actor_at and view.actor_at[k].entity.kind == "organisation":
        k = view.actor_at[k].first - 1  # "Sweden's NATO accession protocol": the body joined, then the owner
    if k > 0 and view.lower[k] in _POSSESSIVE and (owner := view.actor_at.get(k - 1)) is not None:
        return owner.entity if owner.entity.kind == "state" else None
    if k > 0 and view.lower[k] in _POSSESSIVE and view.tokens[k - 1].text.islower() and view.lower[k - 1] != "its":
        return "unnamed"  # "the Nordic country's accession protocol"
    if last + 1 < c_last and view.lower[last] == "of" and (after := view.actor_at.get(last + 1)) is not None:
        return after.entity if after.entity.kind == "state" else None
    return None


def accession_parties(view: SentenceView, first: int, last: int, c_last: int,
                      parties: tuple[EntityRef, ...]) -> tuple[EntityRef, ...] | None:
    """The joiner and the bodies among *parties*, where the agreement noun at *first*..*last* names a state's
    accession ("accession protocol", "accession treaty") and *parties* holds a body; None where the
    joiner is named by lower-case words only (no record); else *parties*."""
    at = next((j for j in range(first, last) if view.lower[j] == "accession"), None)
    if at is None or (joiner := _joiner(view, at, last, c_last)) is None:
        return parties
    if isinstance(joiner, str):
        return None
    bodies = tuple(p for p in parties if p.kind == "organisation")
    return (joiner, *bodies) if bodies else parties
