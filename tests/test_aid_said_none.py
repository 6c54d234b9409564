"""A party saying that none of the goods moved (aid_said_none); sentences written for these tests in the
style of wire reports."""

from __future__ import annotations

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status) for f in extract(SourceDocument("t", text)).facts_of(AidFlow)}


def test_the_speaker_denies_and_gives():
    assert _keys("Minsk said no weapons had been sent to Russia.") == {("Belarus", "Russia", "denied")}


def test_a_that_clause_is_read_the_same():
    assert ("Brazil", "Argentina", "denied") in _keys(
        "Brazil's development bank said that no funds had been released to Argentina.")


def test_a_later_agent_after_a_comma_is_not_the_giver():
    keys = _keys("Minsk said no weapons had been sent to Russia, rejecting a report by Lithuanian intelligence.")
    assert keys == {("Belarus", "Russia", "denied")}
