"""Coordinated accords each with a partner of its own are one accord with each (kg.extract.agreement_own_partners)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("own-partners", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind) for a in doc.facts_of(Agreement))


def test_each_accord_takes_its_own_partner():
    assert _found("Vietnam signed a defence pact with Japan as well as a memorandum with South Korea.") == [
        (("Japan", "Vietnam"), "treaty"), (("South Korea", "Vietnam"), "partnership")]


def test_the_later_noun_read_first_still_takes_the_partner_behind_it():
    found = _found("Pakistan signed a debt rollover agreement with Saudi Arabia and a deposit deal with the UAE.")
    assert [parties for parties, _ in found] == [("Pakistan", "Saudi Arabia"), ("Pakistan", "United Arab Emirates")]


def test_a_second_accord_with_no_partner_of_its_own_keeps_the_first_partner():
    assert _found("Ghana signed a gas contract with Nigeria and two memoranda on Monday.") == [
        (("Ghana", "Nigeria"), "contract"), (("Ghana", "Nigeria"), "partnership")]
