"""A generic definite noun ("the deal", "that arrangement") names again the accord told before between
the same parties, with its kind (README AG3, AG4): no new record of the generic kind."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("told-kind", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))


def test_the_deal_after_a_staff_level_agreement_is_that_credit_line():
    text = ("ADDIS ABABA, May 6 — Ethiopia reached a staff-level agreement with the International Monetary Fund "
            "on a $3.4 billion loan on Monday, the lender said.\n\n"
            "The deal still has to be approved by the Fund's executive board.")
    assert _found(text) == [(("Ethiopia", "International Monetary Fund"), "creditLine", "agreed")]


def test_that_arrangement_takes_the_kind_of_the_accord_told_before():
    text = ("Egypt signed a currency swap deal with China worth 18 billion yuan on Tuesday.\n\n"
            "That arrangement was first agreed in 2016 and has been rolled over twice.")
    assert {kind for _, kind, _ in _found(text)} == {"creditLine"}
