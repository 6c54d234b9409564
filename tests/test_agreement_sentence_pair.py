""""The two sides" after a body and a state named earlier in their own sentence are that pair, not the pair of
the accord told in the sentence before (README AG1)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument

_TEXT = ("Japan signed a $1 billion currency swap deal with Sri Lanka on Tuesday. The news came as a World Bank "
         "team was in Colombo to review the $500 million loan agreement the two sides signed in June.")


def test_two_sides_are_the_body_and_state_of_their_sentence():
    doc = extract(SourceDocument("pair", _TEXT))
    found = sorted(tuple(sorted(p.label for p in a.parties)) for a in doc.facts_of(Agreement))
    assert found == [("Japan", "Sri Lanka"), ("Sri Lanka", "World Bank")]
