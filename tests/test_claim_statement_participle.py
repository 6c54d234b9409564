"""A statement that a participle describes is its issuer's words: the one named after "by"/"from", else the
subject that issued it (kg/extract/claim_statement_participle.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.claimant.label, c.stance) for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_the_subject_that_issued_the_statement_speaks():
    assert _claims("Kenya's foreign ministry issued a statement condemning the attack on its embassy in Sudan.") \
        == [("Kenyan foreign ministry", "opposes")]


def test_the_body_named_after_by_speaks_not_the_outlet_that_carried_it():
    claims = _claims("The agency carried a statement by Cuba's foreign ministry thanking Mexico for the oil.")
    assert claims == [("Cuban foreign ministry", "supports")]


def test_a_statement_that_is_only_an_object_says_nothing():
    assert _claims("Kenya's foreign ministry issued a statement on Monday.") == []


def test_a_participle_of_a_non_statement_is_no_claim():
    assert _claims("Kenya's foreign ministry issued a visa condemning nobody to wait.") == []


def test_the_statement_said_after_its_issuer_issued_it():
    claims = _claims("Kenya's foreign ministry issued a statement on Monday. The statement said Kenya would not "
                     "send troops to Somalia.")
    assert [c for c, _ in claims] == ["Kenyan foreign ministry"]
