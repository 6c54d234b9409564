"""A definite accord noun names the accord the sentence before introduced, even one that made no record."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _records(text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(p.label for p in a.parties), a.kind)
            for a in extract(SourceDocument("un", text)).facts_of(Agreement)]


def test_the_contract_is_the_one_with_the_unnamed_firm_before():
    assert _records("Turkey signed a deposit deal with Qatar on Monday. In a separate development, the port "
                    "authority signed a contract with a Chinese shipbuilder for 12 tugboats. The contract, valued "
                    "at about $200 million, was signed in Izmir.") == [(frozenset({"Türkiye", "Qatar"}), "creditLine")]


def test_the_contract_told_just_before_with_its_parties_is_still_read():
    assert _records("Morocco signed a contract with France for 18 howitzers. The contract, worth $200 million, "
                    "was signed in Rabat.") == [(frozenset({"Morocco", "France"}), "contract")]
