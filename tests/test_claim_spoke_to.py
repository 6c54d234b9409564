"""Unnamed speakers who spoke to an outlet are that outlet's report (gold rule C2), a named speaker who
spoke to one still speaks himself, and a speaker who spoke to a person is not read as an outlet's source
(kg/extract/claim_spoke_to.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[Claim]:
    return extract(SourceDocument("t", text)).facts_of(Claim)


def test_sources_who_spoke_to_an_outlet_are_the_outlet():
    claims = _claims("Three officials who spoke to Bloomberg said Ghana would receive the next IMF tranche in May.")
    assert [(c.claimant.label, c.modality) for c in claims] == [("Bloomberg", "reported")]


def test_speaking_to_an_outlet_after_the_statement():
    claims = _claims("Egypt will extend the gas deal with Israel by two years, people speaking to the Financial "
                     "Times said.")
    assert {c.claimant.label.removeprefix("the ") for c in claims} == {"Financial Times"}


def test_a_named_speaker_who_spoke_to_an_outlet_speaks_himself():
    claims = _claims("Energy Minister Kwaku Agyeman, who spoke to Reuters on Friday, said Ghana would buy more "
                     "gas from Nigeria.")
    assert {c.claimant.label for c in claims} == {"Kwaku Agyeman"}


def test_the_words_keep_their_own_stance():
    claims = _claims("Two diplomats who spoke to AFP condemned the strike on the convoy as a grave violation of "
                     "the truce.")
    assert [(c.claimant.label, c.stance) for c in claims] == [("AFP", "opposes")]
