"""Money "with" which a state acts, from a named giver (aid_with_money); passages written for these tests in
the style of wire reports."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status) for f in extract(SourceDocument("t", text)).facts_of(AidFlow)}


@pytest.mark.parametrize("text, expected", [
    ("With financing from China, Kenya built a new railway.", ("China", "Kenya", "delivered")),
    ("With a soft loan from Japan, Bangladesh will build a metro line.", ("Japan", "Bangladesh", "pledged")),
    ("Sri Lanka repaired the port with a grant from India.", ("India", "Sri Lanka", "delivered")),
], ids=["fronted", "fronted-future", "after-the-object"])
def test_the_giver_funds_the_clause_subject(text, expected):
    assert expected in _keys(text)


def test_the_subject_after_the_list_is_not_a_giver():
    # "Kenya" after the comma opens the main clause; it is not a second lender
    assert not any(d == "Kenya" for d, _, _ in _keys("With financing from China, Kenya built a new railway."))


@pytest.mark.parametrize("text", [
    "With support from China, Russia vetoed the resolution.",
    "With funding from the government, the company built a plant.",
])
def test_no_flow_without_money_or_a_state_getter(text):
    assert _keys(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Beijing has kept Caracas afloat with $60 billion in loans.", ("China", "Venezuela", "delivered")),
    ("Saudi Arabia bailed out Pakistan with a $3 billion loan.", ("Saudi Arabia", "Pakistan", "delivered")),
    ("Moscow kept Minsk afloat with cheap gas.", ("Russia", "Belarus", "delivered")),
], ids=["afloat-loans", "bailed-out", "afloat-goods"])
def test_keeping_a_state_going_with_money(text, expected):
    assert expected in _keys(text)


def test_help_with_strikes_is_no_flow():
    assert _keys("Russia helped Syria with air strikes.") == set()
