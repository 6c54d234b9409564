"""What a joint statement says is no party to it (README AG1): only its speakers are."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _pairs(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("statement", text))
    return sorted(tuple(sorted(p.label for p in a.parties)) for a in doc.facts_of(Agreement))


@pytest.mark.parametrize("text,parties", [
    ("Canada and the United States said in a joint statement that the aid would help Haiti.",
     ("Canada", "United States")),
    ("In a joint statement, Ottawa and Washington said the aid would help Haiti.", ("Canada", "United States")),
    ("A joint statement from Tokyo and Seoul said Pyongyang must stop its missile tests.", ("Japan", "South Korea")),
    ('"Iran must stop arming the Houthis," the foreign ministers of Egypt and Jordan said in a joint statement.',
     ("Egypt", "Jordan")),
    ("The leaders of France, Germany and Italy said in a joint statement that they backed Ukraine.",
     ("France", "Germany", "Italy")),
], ids=["said-that", "fronted-statement", "statement-from", "quote-first", "list-of-speakers"])
def test_only_the_speakers_of_a_joint_statement_are_its_parties(text, parties):
    assert _pairs(text) == [parties]
