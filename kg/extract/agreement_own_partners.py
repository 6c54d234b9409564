"""Coordinated accords each with a partner of its own: "Pakistan signed a debt rollover agreement with Saudi Arabia and
a deposit deal with the UAE" is one accord with Saudi Arabia and one with the UAE (AG1, AG3), not two accords of all
three; the subject signs both."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.extract.evidence import evidence
from kg.extract.view import SentenceView
from kg.model import Agreement, EntityRef, Mention


def _partners(view: SentenceView, first: int, last: int, governor: Callable[[SentenceView, Mention], str | None]
              ) -> set[EntityRef]:
    return {m.entity for m in view.actors_in(first, last) if governor(view, m) == "with"}


def own_partners(view: SentenceView, doc_id: str, made: list[Agreement], at: int, first: int, last: int, kind: str,
                 c_last: int, governor: Callable[[SentenceView, Mention], str | None]
                 ) -> tuple[list[Agreement], list[Agreement]] | None:
    """Where the first accord (its noun at *at*, its records *made*) and the coordinated noun [*first*, *last*) each
    take their own "with" partner: the first accord's records with its partner only, and the second accord's
    records; None where they do not (the caller keeps the records as they are)."""
    if not made:
        return None
    early, late = sorted((at, first))
    between = _partners(view, early + 1, late, governor)  # "an agreement with Saudi Arabia and"
    behind = _partners(view, late + 1, c_last, governor)  # "a deposit deal with the UAE"
    if not between or not behind or between & behind:
        return None
    mine, theirs = (between, behind) if at < first else (behind, between)
    parties = made[0].parties
    subject = tuple(p for p in parties if p not in between and p not in behind)
    if not subject or not (between | behind) <= set(parties):
        return None
    firsts = [replace(a, parties=(*subject, *(p for p in a.parties if p in mine))) for a in made]
    name = view.sentence.text[view.tokens[first].start - view.sentence.start:view.tokens[last - 1].end - view.sentence.start]
    second = replace(made[0], parties=(*subject, *(p for p in parties if p in theirs)), kind=kind,
                     evidence=evidence(view.sentence, doc_id, first, last), name=name)
    return firsts, [second]
