"""A relative clause after the accord noun names its signers (kg.extract.agreement_signed_by.relative_signers)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_signed_by import relative_signers
from kg.extract.events import _status_verbs
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text)


def _kept(text: str) -> list[str]:
    view = _view(text)
    first = view.lower.index("pact")
    parties = tuple(dict.fromkeys(m.entity for m in view.actors))
    return [p.label for p in relative_signers(view, 0, first, first + 1, len(view.tokens), parties, _status_verbs())]


def test_relative_clause_names_the_signers():
    assert _kept("Guyana is studying the oil pact that Suriname signed last year with Brazil.") == ["Suriname", "Brazil"]


def test_joiner_stays():
    assert _kept("Estonia joined the pact that Finland signed with Sweden.") == ["Estonia", "Finland", "Sweden"]


def test_one_signer_changes_nothing():
    assert _kept("Kenya signed the pact that Uganda proposed.") == ["Kenya", "Uganda"]
