"""States after "to" in what a pair's accord is about are no parties (kg.extract.agreement_content)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _parties(text: str) -> list[set[str]]:
    doc = extract(SourceDocument("content", text))
    return [{p.label for p in a.parties} for a in doc.facts_of(Agreement)]


def test_a_pairs_deal_on_exports_to_others_is_the_pairs():
    assert _parties("Poland and Ukraine signed a grain deal on exports to Slovakia and Hungary.") == [{"Poland", "Ukraine"}]


def test_a_lone_signer_keeps_the_state_it_supplies():
    assert _parties("Turkmenistan signed a deal to supply gas to Iraq.") == [{"Turkmenistan", "Iraq"}]


def test_a_state_also_named_with_with_stays_a_party():
    assert _parties("Qatar and Oman signed a pact with Iran on gas sales to Iran.") == [{"Qatar", "Oman", "Iran"}]
