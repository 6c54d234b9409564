"""Goods received end before an attribution or a clause of time set off by a comma (aid_aside_clause);
passages written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> set[tuple[str, str, str, str, tuple[str, ...]]]:
    facts = extract(SourceDocument("t", text)).facts_of(AidFlow)
    return {(f.donor.label, f.recipient.label, f.status, f.item, f.categories) for f in facts}


@pytest.mark.parametrize("text", [
    "Vietnam took delivery of two corvettes from Russia, the navy said on Monday, a year after the two "
    "governments signed a $700 million contract.",
    "Vietnam took delivery of two corvettes from Russia on Monday, after the two governments signed a "
    "$700 million contract.",
    "Vietnam took delivery of two corvettes from Russia, three years after Hanoi paid $700 million for them.",
], ids=["attribution-then-time-clause", "after-clause", "years-after-clause"])
def test_the_clause_after_the_goods_is_no_item(text):
    assert _flows(text) == {("Russia", "Vietnam", "delivered", "two corvettes", ("military",))}


def test_a_list_of_goods_from_several_givers_is_still_read():
    flows = _flows("Poland received 20 tanks from Germany, 30 howitzers from South Korea and 12 jets from the "
                   "United States.")
    assert {("Germany", "20 tanks"), ("South Korea", "30 howitzers")} <= {(d, i) for d, _, _, i, _ in flows}
