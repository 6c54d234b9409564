"""The clause after "and then" keeps the sentence's subject (kg.extract.agreement_sequence)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_sequence import sequence_subject


def _parties(text: str, opener: str) -> list[str]:
    view = sentence_view(text)
    c_first = view.lower.index(opener)
    later = tuple(m.entity for m in view.actors if m.first > c_first)
    return [p.label for p in sequence_subject(view, c_first, later)]


def test_then_after_and_takes_the_subject():
    assert _parties("Chile cut ties with Peru and then signed a deal with Bolivia.", "then") == ["Chile", "Bolivia"]
    assert _parties("Chile met Peru and later signed a deal with Bolivia.", "later") == ["Chile", "Bolivia"]


def test_no_sequence_word():
    assert _parties("Chile cut ties with Peru, then Bolivia signed a deal.", "then") == ["Bolivia"]
