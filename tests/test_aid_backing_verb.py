"""A supply verb joined to a verb of backing that shares its object (aid_backing_verb); passages written for
these tests in the style of wire reports."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status) for f in extract(SourceDocument("t", text)).facts_of(AidFlow)}


@pytest.mark.parametrize("text", [
    "Kinshasa accuses Rwanda of arming and reinforcing the M23.",
    "Kinshasa accuses Rwanda of arming and backing the M23.",
    "Kinshasa says Rwanda has armed and supported the M23.",
], ids=["ing", "ing-back", "ed"])
def test_the_backing_verb_shares_the_object(text):
    assert _keys(text) == {("Rwanda", "M23", "delivered")}


def test_a_verb_of_another_form_is_not_joined():
    # "arming" and "supports" are not one coordinated pair of verbs
    assert ("Rwanda", "M23", "delivered") not in _keys("Kinshasa says arming and supports the M23 are illegal.")
