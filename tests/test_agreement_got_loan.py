"""A loan a state got from a lending body, with no approving verb, is a credit line with that body (README
AG4), agreed (AG2); one a state hopes to get, or asks for, is none yet."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Agreement, SourceDocument

IMF = "International Monetary Fund"


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("got-loan", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status, a.date)
                  for a in doc.facts_of(Agreement))


@pytest.mark.parametrize("text,state", [
    ("Pakistan secured a $3 billion bailout from the International Monetary Fund in July.", "Pakistan"),
    ("Kenya has finally won a $1 billion loan from the IMF.", "Kenya"),
    ("Officials want to help Zambia rebuild its reserves before the review of its $1.3 billion loan from the IMF.",
     "Zambia"),
    ("Egypt's $8 billion bailout from the IMF was approved in March.", "Egypt"),
], ids=["getter-subject", "getter-after-adverb", "pronoun-owner", "owner-approved-after-source"])
def test_a_loan_got_or_owned_is_a_credit_line_with_the_lender(text, state):
    assert [found[:3] for found in _found(text)] == [(tuple(sorted((IMF, state))), "creditLine", "agreed")]


def test_a_loan_owned_with_no_verb_has_no_date_of_its_own():
    text = "The payment should help Ghana ahead of the first review, due in March, of its $3 billion loan from the IMF."
    assert [found[3] for found in _found(text)] == [None]


@pytest.mark.parametrize("text", [
    "Malawi hopes to secure a new loan from the International Monetary Fund.",
    "Sri Lanka has no plans to seek a bailout from the IMF, the central bank governor said.",
    "Tunisia's request for a bailout from the IMF is still pending.",
], ids=["hoped-for", "sought", "requested"])
def test_a_loan_hoped_for_or_asked_for_is_no_accord(text):
    assert _found(text) == []


def test_a_lender_before_the_loan_noun_approved_after():
    assert [f[:3] for f in _found("Sri Lanka's $2.9 billion IMF bailout was approved in March 2023.")] == [
        (("International Monetary Fund", "Sri Lanka"), "creditLine", "agreed")]


def test_a_loan_a_state_rejected_or_cancelled_is_declined():
    assert [f[:3] for f in _found("Tunisia rejected a $1.9 billion loan from the International Monetary Fund.")] == [
        (("International Monetary Fund", "Tunisia"), "creditLine", "declined")]
    assert _found("Kenya said it would not cancel its loan from the World Bank.") == []
