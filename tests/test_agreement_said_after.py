"""A speaker named after the accord's clause reports the accord and is no party to it (README AG1)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _parties(text: str) -> list[set[str]]:
    return [{p.label for p in a.parties} for a in extract(SourceDocument("sa", text)).facts_of(Agreement)]


def test_a_state_that_says_so_after_the_clause_is_no_party():
    assert _parties("Bolivia signed a defence agreement with Iran, Argentina said.") == [{"Bolivia", "Iran"}]


def test_according_to_after_the_clause_names_no_party():
    assert _parties("Bolivia signed a defence agreement with Iran, according to Argentina.") == [{"Bolivia", "Iran"}]


def test_the_speaker_is_the_other_side_when_the_clause_names_one():
    assert _parties("A $2 billion loan agreement was signed with China, Pakistan's finance ministry said.") == [
        {"Pakistan", "China"}]
