"""The outlet a speaker told is who "It wrote" and "the paper wrote" are next, and what it writes is its report
(kg/extract/claim_told_outlet.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.claimant.label, c.modality) for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_it_wrote_is_the_outlet_told():
    assert _claims("Chile's foreign ministry told La Tercera that Santiago would not recognise the vote in Venezuela. "
                   "It wrote that the minister had called Caracas.")[-1] == ("La Tercera", "reported")


def test_it_said_is_still_the_speaker():
    assert _claims("Chile's foreign ministry told La Tercera that Santiago would not recognise the vote in Venezuela. "
                   "It said the minister had called Caracas.")[-1][0] == "Chilean foreign ministry"


def test_a_person_told_is_no_outlet():
    """A person the gazetteers know is no outlet, so "It wrote" after telling him finds no writer."""
    assert len(_claims("President Boric told President Luiz Inacio Lula da Silva that Chile would not recognise the "
                       "vote in Venezuela. It wrote that Caracas had lied.")) == 1
