"""An outlet named after its noun as the agent of a passive report speaks under its own name, the demonym
before the noun being no speaker (kg/extract/claim_outlet_by.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.claimant.label, c.modality) for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_a_daily_after_its_demonym_is_the_outlet():
    assert _claims("Chile's order for Brazilian trainer jets was first reported by the Chilean daily La "
                   "Tercera.") == [("La Tercera", "reported")]


def test_a_date_between_the_verb_and_by():
    assert _claims("Kenya's purchase of Turkish drones was reported on 12 May by the Kenyan newspaper Daily "
                   "Nation.") == [("Daily Nation", "reported")]


def test_a_state_demonym_before_a_body_is_no_outlet():
    """"by the Ukrainian army": no outlet noun, so the passive agent is read as before (the state)."""
    assert all(label != "army" for label, _ in _claims("The strike on the depot was reported by the Ukrainian army."))


def test_as_reported_by_an_outlet_in_an_aside():
    assert _claims("Under its terms, as reported by the Kenyan daily The Standard, Kenya will repay the loan "
                   "over ten years.") == [("The Standard", "reported")]
