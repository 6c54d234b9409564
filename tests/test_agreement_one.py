""""... and is negotiating one with X": a second accord of the first one's kind, between its first party and
X, at the stage of its own verb (README AG2, AG3)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _found(text: str) -> set[tuple]:
    doc = extract(SourceDocument("one", text))
    return {(tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement)}


def test_one_with_a_new_partner_is_a_second_accord():
    text = "Britain signed a free trade agreement with India last year and is negotiating one with the Gulf Cooperation Council."
    assert _found(text) == {(("India", "United Kingdom"), "deal", "signed"),
                            (("Gulf Cooperation Council", "United Kingdom"), "deal", "proposed")}


def test_one_with_no_verb_of_its_own_is_left():
    assert _found("Chile signed a lithium deal with China, and one with Japan is expected next year.") == {
        (("Chile", "China"), "deal", "signed")}
