"""Parties named by example after "including" (kg.extract.agreement_including)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_including import included_signer


def _signers(text: str, noun: str) -> list[str]:
    view = sentence_view(text)
    first = view.lower.index(noun)
    return [m.entity.label for m in view.actors
            if included_signer(view, 0, first, m, "including" if "including" in view.lower[:m.first] else None)]


def test_group_subject_with_examples():
    assert _signers("Ten countries, including Peru, Chile and Mexico, signed the pact.", "pact") == ["Peru", "Chile", "Mexico"]


def test_group_noun_with_other_words_before_or_after_the_noun():
    assert _signers("Officials from ten countries, including Peru and Chile, signed the pact.", "pact") == []
    assert _signers("Spain signed the pact with ten countries, including Peru and Chile.", "pact") == []
