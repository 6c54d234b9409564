"""Actors named after the accord only in another event of the sentence are no parties."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _parties(text: str) -> list[set[str]]:
    return [{p.label for p in a.parties} for a in extract(SourceDocument("tr", text)).facts_of(Agreement)]


def test_a_clause_with_its_own_subject_after_the_accord_names_no_party():
    assert _parties("Kenya signed a trade deal with the EU while Uganda stayed out.") == [{"Kenya", "European Union"}]


def test_such_as_still_names_partners():
    assert _parties("Kenya and Ethiopia signed supply deals with Gulf states such as Qatar.") != [{"Kenya", "Ethiopia"}]


def test_one_party_keeps_the_partner_the_text_implies():
    assert _parties("Egypt signed a gas deal after tensions with Israel eased.") == [{"Egypt", "Israel"}]
