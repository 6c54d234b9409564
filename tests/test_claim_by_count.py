"""Figures attributed with "by X's count / account / estimate" are the owner's statement, and a
passive body quoted "as saying" speaks for itself (kg/extract/claim_by_count.py, claim_quotes.py;
passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[Claim]:
    return extract(SourceDocument("t", text)).facts_of(Claim)


def test_a_count_closing_the_sentence_is_its_owners():
    claims = _claims("Some 400 foreign fighters have died in Mali this year, by Ukraine's estimate.")
    assert [(c.claimant.label, c.modality) for c in claims] == [("Ukraine", "reported")]
    assert "by Ukraine" not in claims[0].text


def test_its_own_count_is_the_body_quoted_last():
    claims = _claims("The Jordanian foreign ministry said on Sunday that aid convoys had reached Gaza. "
                     "By its own count, 300 lorries crossed the border last week.")
    assert [c.claimant.label for c in claims] == ["Jordanian foreign ministry"] * 2


def test_a_relative_aside_on_the_subject_is_not_counted():
    claims = _claims("The Chadian government said on Monday it needed help. Chad, which borders Sudan and Libya, "
                     "now shelters some 900,000 refugees, by the government's count.")
    assert claims[-1].text.startswith("now shelters")


def test_a_count_inside_the_sentence_attributes_nothing():
    assert not _claims("The grain was paid for by Egypt's count of reserves in the central bank.")


def test_a_passive_body_quoted_as_saying_is_the_body_not_its_state():
    claims = _claims("Fuel deliveries to Armenia resumed on Friday, the Georgian economy ministry was quoted "
                     "by the Interpressnews agency as saying.")
    assert [c.claimant.label for c in claims] == ["Georgian economy ministry"]
    assert claims[0].modality == "reported"


def test_the_carrier_between_saying_and_that_is_no_part_of_the_claim():
    claims = _claims("Nepal's Foreign Minister Arzu Rana Deuba was quoted as saying by Kathmandu Post that India "
                     "would finance a new bridge.")
    assert claims and all(not c.text.startswith("by") for c in claims)


def test_its_own_count_is_the_subject_before_the_body_quoted_last():
    claims = _claims("The World Health Organization said 300 people had died in Sudan. The Sudanese Red Crescent "
                     "put the number of displaced at 40,000, by its own count.")
    assert claims[-1].claimant.label == "Sudanese Red Crescent"
