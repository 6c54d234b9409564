"""An absolute "with" clause makes the one named after "with" speak, not the sentence's subject, and a
pledge of money after it is no statement (kg/extract/claim_with_participle.py; passages written for these
tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[Claim]:
    return extract(SourceDocument("t", text)).facts_of(Claim)


def test_the_group_after_with_speaks():
    claims = _claims("Gas prices in Europe rose on Monday, with analysts saying the halt of Russian supplies could "
                     "last for weeks.")
    assert {c.claimant.label for c in claims} == {"analysts"}


def test_the_state_after_with_speaks_not_the_subject():
    claims = _claims("Kenya signed the loan deal on Friday, with Ethiopia warning that the dam dispute was not over.")
    assert {c.claimant.label for c in claims} == {"Ethiopia"}


def test_a_pledged_sum_after_with_is_no_statement():
    assert not _claims("The conference closed in Paris, with France pledging $100 million for Lebanon's army.")
