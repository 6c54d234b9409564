"""Short names of organisations named earlier in the report ("the Fund" after "the IMF")."""

from __future__ import annotations

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _orgs(text: str) -> list[tuple[str, str]]:
    doc = extract(SourceDocument("d", text))
    return [(m.text, m.entity.label) for m in doc.mentions if m.entity.kind == "organisation"]


def test_the_fund_after_the_imf_is_the_imf():
    assert _orgs("Kenya reached a staff-level deal with the IMF on Friday. The Fund said the programme "
                 "would unlock $600 million.") == [("IMF", "International Monetary Fund"),
                                                  ("Fund", "International Monetary Fund")]


def test_the_bank_is_the_development_bank_named_last():
    found = _orgs("The World Bank approved a grant for Nepal, and the Asian Development Bank added a loan. "
                  "The Bank said the money would rebuild schools.")
    assert found[-1] == ("Bank", "Asian Development Bank")


def test_a_short_name_with_nothing_named_before_or_followed_by_of_names_nothing():
    assert _orgs("The Fund said little. The IMF later agreed. The Bank of Ghana cut rates.") == [
        ("IMF", "International Monetary Fund")]


def test_a_loan_from_the_fund_has_the_imf_as_its_giver():
    doc = extract(SourceDocument("d", "Egypt has been in talks with the IMF since March. The Fund will lend "
                                      "Egypt $3 billion over four years."))
    assert {(f.donor.label, f.recipient.label) for f in doc.facts_of(AidFlow)} == {("International Monetary Fund", "Egypt")}


def test_the_rebels_after_an_armed_group_is_that_group():
    found = _orgs("Kinshasa says Rwanda arms the M23. Burundi denies helping the rebels.")
    assert found == [("M23", "M23"), ("rebels", "M23")]


def test_the_rebels_with_no_armed_group_named_is_nobody():
    assert _orgs("Kinshasa says the rebels took Goma.") == []
