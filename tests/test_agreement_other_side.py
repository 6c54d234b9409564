"""A group or firm that no gazetteer knows, as the clause's subject, is the accord's other side: no state
from the report stands in for it."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _records(text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset(p.label for p in a.parties), a.kind)
            for a in extract(SourceDocument("os", text)).facts_of(Agreement)]


def test_rebels_with_one_state_take_no_partner_from_the_last_accord():
    assert _records("Chad signed a gas supply contract with Cameroon on Monday. The rebels who hold the north "
                    "signed a ceasefire agreement with the Chadian government in 2022.") == [
        (frozenset({"Chad", "Cameroon"}), "contract")]


def test_a_state_subject_still_takes_its_partner():
    assert _records("Chad signed a gas supply contract with Cameroon on Monday. Chad also signed a memorandum "
                    "on roads.") == [(frozenset({"Chad", "Cameroon"}), "contract"),
                                     (frozenset({"Chad", "Cameroon"}), "partnership")]
