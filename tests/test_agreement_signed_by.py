"""The signers a reduced relative clause names are an accord's parties; the subject that keeps out of it is none."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _pairs(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("signed-by", text))
    return sorted(tuple(sorted(p.label for p in a.parties)) for a in doc.facts_of(Agreement))


@pytest.mark.parametrize("text,parties", [
    ("Turkmenistan stayed out of a memorandum signed by Kazakhstan and Azerbaijan.", ("Azerbaijan", "Kazakhstan")),
    ("Hungary did not join a migration pact signed by Italy, Greece and Malta on Friday.", ("Greece", "Italy", "Malta")),
    ("Turkey joined a pact signed by Greece and Cyprus.", ("Cyprus", "Greece", "Türkiye")),
    ("Ghana signed a memorandum with Togo.", ("Ghana", "Togo")),
], ids=["stayed-out", "did-not-join", "joined", "no-agent"])
def test_signers_named_after_by_are_the_parties(text, parties):
    assert _pairs(text) == [parties]
