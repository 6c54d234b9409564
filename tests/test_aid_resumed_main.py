"""The main verb after a relative clause on the subject (aid_resumed_main): the relative clause's supply
stops at the comma that closes it, and the main verb gives its own stage; passages written for these tests
in the style of wire reports."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> set[tuple[str, str, str, str]]:
    facts = extract(SourceDocument("t", text)).facts_of(AidFlow)
    return {(f.donor.label, f.recipient.label, f.status, f.item) for f in facts}


@pytest.mark.parametrize("text", [
    "Germany, which pledged 18 tanks to Ukraine in January, delivered the last of them on Monday.",
    "Germany, which pledged 18 tanks to Ukraine in January, has since delivered the last of them.",
], ids=["plain", "auxiliary-and-adverb"])
def test_the_main_verb_is_a_stage_of_its_own(text):
    assert {(d, r, s) for d, r, s, _ in _flows(text)} == {("Germany", "Ukraine", "pledged"),
                                                           ("Germany", "Ukraine", "delivered")}


def test_the_relative_item_stops_at_the_closing_comma():
    flows = _flows("South Korea, which agreed to sell Poland 1,000 tanks, delivered another 40 tanks this month.")
    assert ("South Korea", "Poland", "pledged", "1,000 tanks") in flows


def test_a_verb_inside_the_object_is_not_a_main_verb():
    # no relative clause on the subject: the second verb stays inside the first one's reading
    assert {(d, r, s) for d, r, s, _ in _flows("Japan said it would send tents, and deliver blankets to Nepal.")} \
        <= {("Japan", "Nepal", "pledged")}
