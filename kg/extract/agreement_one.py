"""An accord named again by "one" with a new partner: in "Britain signed a free trade agreement with India last
year and is negotiating one with the Gulf Cooperation Council" the second accord is Britain's with the GCC, of
the first one's kind, at the stage its own verb tells ("is negotiating": proposed)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.agreement_status import stage_of
from kg.extract.evidence import evidence
from kg.extract.view import SentenceView
from kg.model import Agreement

_AND = frozenset("and but while".split())


def another_one(view: SentenceView, found: Sequence[Agreement], doc_id: str) -> list[Agreement]:
    """The accords "one with <partner>" names after an accord told earlier in the same sentence (the last of
    *found* whose sentence this is): with that accord's first party, its kind, and the stage of the verbs
    between "and" and "one" (none if they tell no stage)."""
    before = [a for a in found if a.evidence.sentence_start == view.sentence.start]
    out: list[Agreement] = []
    for j in range(2, len(view.tokens) - 2):
        if view.lower[j] != "one" or view.lower[j + 1] != "with" or not before:
            continue
        partner = view.actor_at.get(j + 2) or (view.actor_at.get(j + 3) if view.lower[j + 2] == "the" else None)
        start = next((k for k in range(j - 1, max(0, j - 6), -1) if view.lower[k] in _AND), None)
        if partner is None or start is None or view.tokens[start].start < before[-1].evidence.start:
            continue
        told = before[-1]
        if partner.entity in told.parties:
            continue
        stage = stage_of(view, start + 1, j, default=None)
        if stage is None:
            continue
        parties = (told.parties[0], partner.entity)
        out.append(replace(told, parties=parties, status=stage, evidence=evidence(view.sentence, doc_id, start + 1,
                                                                                   partner.last), date=None))
    return out
