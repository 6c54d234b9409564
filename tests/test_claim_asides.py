"""The speaker of a speech verb stands before it, across an aside or auxiliaries, never after a verb
that has its own subject (kg/extract/claim_asides.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claimants(text: str) -> set[str]:
    return {c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_the_one_complained_to_is_no_speaker():
    assert "Marco Rubio" not in _claimants(
        "Secretary of State Marco Rubio flew to Bogota on Monday. Colombia's foreign minister had complained "
        "to Rubio in a letter that the strikes broke international law.")


def test_the_one_called_names_is_no_speaker():
    claimants = _claimants("Ties between Bogota and Caracas have frayed. President Gustavo Petro, for his part, "
                           "has called President Nicolas Maduro \"a dictator\".")
    assert claimants == {"Gustavo Petro"}


def test_an_inverted_speaker_after_the_verb_still_speaks():
    assert "Jorge Arreaza" in _claimants(
        "\"The blockade has failed,\" said Jorge Arreaza, a former foreign minister of Venezuela.")


def test_an_unnamed_spokesman_across_a_relative_aside_speaks_for_the_body():
    text = ("Kenya's interior ministry said on Monday that the curfew in Mandera would be lifted. A spokesman for "
            "the ministry, who asked not to be named, added that Somalia had been asked to close its side of the "
            "border.")
    claims = extract(SourceDocument("t", text)).facts_of(Claim)
    assert [c.claimant.label for c in claims] == ["Kenyan interior ministry", "Kenyan interior ministry"]


def test_a_time_phrase_opening_the_sentence_is_no_part_of_the_outlet():
    assert _claimants("On Friday Semafor reported that Ghana had asked China to restructure its loans.") == {"Semafor"}
    assert _claimants("In March Tortoise Media said that Peru would lease two frigates from Chile.") == {"Tortoise Media"}
