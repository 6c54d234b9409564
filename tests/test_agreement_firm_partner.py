"""An accord with an unnamed firm ("with an Indian firm") has that firm as its other side: it is no accord with
the state the signer made its last accord with (README AG1, G2)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument

_TEXT = """NAIROBI, June 12 — Kenya and Japan signed four memoranda of understanding on Thursday.

Kenya's government said separately that it had concluded a vaccine manufacturing agreement with an Indian firm."""


def test_accord_with_an_unnamed_firm_takes_no_earlier_partner():
    doc = extract(SourceDocument("firm", _TEXT))
    found = sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))
    assert found == [(("Japan", "Kenya"), "partnership", "signed")]

