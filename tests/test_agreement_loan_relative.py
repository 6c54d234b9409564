"""A loan approved in a relative clause after it ("a programme that the IMF approved for Lusaka") is a credit
line between the lending body and the borrower (README AG4), agreed (AG2); one a body may approve, or one a state
asked for, is none yet."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.agreement_loan_relative import relative_approval, relative_borrower
from kg.extract.view import SentenceView
from kg.model import Agreement, SourceDocument

_APPROVE = frozenset("approve agree endorse extend".split())


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("loan-relative", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))


@pytest.mark.parametrize("text,parties", [
    ("Lusaka awaits a $1.3 billion programme that the International Monetary Fund approved for Zambia in 2022.",
     ("International Monetary Fund", "Zambia")),
    ("A loan of about $1.9 billion that IMF staff agreed with Tunisia last October is stuck.",
     ("International Monetary Fund", "Tunisia")),
    ("The interest-free loan for Ukraine, which EU leaders approved in December, is on hold.",
     ("European Union", "Ukraine")),
], ids=["that-body-approved-for", "that-staff-agreed-with", "which-leaders-approved"])
def test_a_loan_approved_in_a_relative_clause_is_a_credit_line(text, parties):
    assert _found(text) == [(parties, "creditLine", "agreed")]


@pytest.mark.parametrize("text", [
    "Kenya is still waiting for a $1 billion loan that the IMF may approve in June.",
    "Kenya is still waiting for a $1 billion loan that it requested from the IMF in March.",
], ids=["may-approve", "requested"])
def test_a_loan_not_approved_in_its_relative_clause_is_none(text):
    assert _found(text) == []


def test_the_relative_verb_and_its_borrower_are_read_from_the_tokens():
    doc = extract(SourceDocument("loan-relative", "A loan that IMF staff agreed with Tunisia is stuck."))
    sentence = doc.sentences[0]
    view = SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index
                                   and m.entity.kind in ("state", "organisation")])
    verb = relative_approval(view, 2, _APPROVE)
    assert verb is not None and view.lower[verb] == "agreed"
    borrower = relative_borrower(view, verb)
    assert borrower is not None and borrower.entity.label == "Tunisia"
