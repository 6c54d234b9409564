"""The person right after "told" (or "briefed", "assured", ...) is the one addressed, never the speaker, also
when the speaker before the verb cannot be read (kg/extract/claim_asides.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claimants(text: str) -> set[str]:
    return {c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_the_person_told_is_not_the_speaker():
    text = ("Togolese Energy Minister Kossi Adjovi flew to Cotonou on Monday. Togo will repay its power debts by June, "
            "the minister, who led the delegation, has told Beninese President Patrice Talon.")
    assert "Patrice Talon" not in _claimants(text)


def test_an_inverted_said_still_reads_the_person_after():
    assert _claimants("Togo will repay its power debts by June, said Kossi Adjovi, the energy minister.") \
        == {"Kossi Adjovi"}
