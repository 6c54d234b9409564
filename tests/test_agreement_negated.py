"""An accord in a "that" clause that a denial governs is no stage of that accord (README AG1, AG2): the
claim that it was cancelled, rejected as untrue, makes no declined record."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("negated", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))


def test_no_truth_to_the_claim_that_the_contract_was_cancelled():
    text = ("SEOUL, July 2 — South Korea's defence ministry said deliveries of K9 howitzers to Poland were going ahead "
            'as planned.\n\n"There is no truth to the claim that the contract has been cancelled," a spokesman said.')
    assert _found(text) == []


def test_baseless_reports_that_a_pact_was_signed_make_no_accord():
    text = "Hungary called baseless the reports that Budapest had signed a secret energy pact with Moscow."
    assert _found(text) == []
