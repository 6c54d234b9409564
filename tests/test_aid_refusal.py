"""A giver refusing to supply, with a time phrase or adverb between the refusal and its infinitive
(aid_refusal); passages written for these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status) for f in extract(SourceDocument("t", text)).facts_of(AidFlow)}


@pytest.mark.parametrize("text", [
    "Germany refused to send Taurus missiles to Ukraine.",
    "Germany refused last year to send Taurus missiles to Ukraine.",
    "Germany refused on Monday to send Taurus missiles to Ukraine.",
    "Germany once again refused on Monday to send Taurus missiles to Ukraine.",
], ids=["adjacent", "last-year", "weekday", "adverb-and-weekday"])
def test_the_refusing_subject_holds_back(text):
    assert _keys(text) == {("Germany", "Ukraine", "declined")}


def test_a_getter_turning_down_an_offer_is_still_read():
    assert ("Germany", "Ukraine", "declined") in _keys("Ukraine refused the German offer of old tanks last year.") \
        or ("Germany", "Ukraine", "offered") in _keys("Ukraine refused the German offer of old tanks last year.")


def test_a_pledge_with_a_time_phrase_keeps_its_stage():
    assert _keys("China promised last week to send 100 tonnes of rice to Nepal.") == {("China", "Nepal", "pledged")}
