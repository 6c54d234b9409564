"""Accords of different kinds named together in one clause are one record each (README AG3)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _kinds(text: str) -> set[str]:
    return {a.kind for a in extract(SourceDocument("co", text)).facts_of(Agreement)}


def test_a_second_noun_after_and_with_a_determiner_is_a_second_accord():
    assert _kinds("Kenya and Ethiopia signed a loan agreement and two memoranda on trade.") == {"creditLine", "partnership"}


def test_as_well_as_opens_a_second_accord():
    assert _kinds("Mali and Russia signed an agreement on a power plant, as well as a memorandum on training.") == {
        "deal", "partnership"}


def test_a_noun_of_a_noun_is_one_accord():
    assert _kinds("Kenya and Ethiopia signed a loan agreement and two memoranda of understanding.") == {
        "creditLine", "partnership"}


def test_adjectives_joined_by_and_are_no_second_accord():
    assert _kinds("Kenya and Ethiopia signed a defence and aviation contract.") == {"contract"}
