"""What a claim says: the span of the statement, not the frame around it (passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _texts(text: str) -> set[str]:
    return {c.text for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_told_with_only_the_addressee_after_it_says_the_clause_before():
    assert _texts("The debris came from a North Korean missile, the inspectors told a Security Council "
                  "committee.") == {"The debris came from a North Korean missile"}


def test_told_with_a_clause_after_the_addressee_says_that_clause():
    texts = _texts("President Andrzej Duda told a news conference Russia would never win.")
    assert len(texts) == 1 and next(iter(texts)).endswith("Russia would never win")
