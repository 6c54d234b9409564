"""A statement that is the subject of its speech verb is its issuer's ("A statement released by the White House
said ..."), and a statement that is only the object of another verb makes its issuer no speaker
(kg/extract/claim_issued.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claimants(text: str) -> set[str]:
    return {c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_a_statement_released_by_an_institution_is_the_institutions():
    assert _claimants("A statement released by the State Department said Washington would sell jets to Greece.") \
        == {"State Department"}


def test_a_statement_from_a_capital_is_its_states():
    assert _claimants("A statement from Beijing said China opposed any arms sales to Taiwan.") == {"China"}


def test_a_statement_from_a_company_named_in_capitals():
    assert _claimants("A statement from Gazprom said deliveries to Hungary would rise this winter.") == {"Gazprom"}


def test_a_statement_that_is_an_object_gives_its_issuer_no_voice():
    claims = _claimants("Egypt welcomed a statement from the Kremlin that said talks would resume.")
    assert "Kremlin" not in claims


def test_an_owners_statement_that_is_an_object_gives_it_no_voice():
    assert "Kremlin" not in _claimants("Egypt welcomed the Kremlin's statement, which said talks would resume.")
