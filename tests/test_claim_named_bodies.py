"""A description ("the navy", "the coast guard", "the fund") stands for the body last named with that word,
quoted before or not, and keeps its full name (kg/extract/claim_named_bodies.py; passages written for these
tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.claim_named_bodies import named_body
from kg.model import Claim, EntityRef, SourceDocument


def _claimants(text: str) -> list[str]:
    return [c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def _body(name: str) -> EntityRef:
    return EntityRef("organisation", name.lower().replace(" ", "-"), name)


def test_the_body_last_named_with_the_word_and_its_modifiers():
    named = [_body("Indian Navy"), _body("Philippine Coast Guard"), _body("Pakistan Navy")]
    assert named_body(named, "navy") == _body("Pakistan Navy")
    assert named_body(named, "guard", ("coast",)) == _body("Philippine Coast Guard")
    assert named_body(named, "navy", ("chinese",)) is None  # another state's navy is not the one named


def test_a_navy_named_acting_then_described_as_speaker():
    assert _claimants("The Sri Lanka Navy towed the stricken trawler to Colombo on Monday. "
                      "Its crew of nine Indian fishermen were safe, the navy said.") == ["Sri Lanka Navy"]


def test_a_fund_named_in_the_sentence_speaks_by_its_name():
    text = "Abu Dhabi will finance a solar farm in Uganda through the Abu Dhabi Fund for Development, the fund said."
    assert _claimants(text) == ["Abu Dhabi Fund for Development"]


def test_no_body_named_leaves_the_description_unread():
    assert "navy" not in " ".join(_claimants("Two fishing boats were seized off Sri Lanka, the navy said.")).lower()
