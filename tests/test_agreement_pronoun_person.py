""""he"/"she" as the subject of an accord with one named partner stands for the state of the office holder
named last (README AG1: a person signing for a state is recorded as the state), not for the state the report
names most; "she said, pointing to a deal" makes her a speaker, not a signer."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument

_VISIT = ("Vietnamese President Luong Cuong hosted Indonesian President Prabowo Subianto in Hanoi on Friday. "
          "Vietnam and Indonesia signed nine memoranda on trade. Vietnam hopes to sell more rice to its neighbour. "
          "Prabowo has travelled widely since taking office. ")


def _pairs(text: str) -> set[tuple[str, ...]]:
    doc = extract(SourceDocument("he", text))
    return {tuple(sorted(p.label for p in a.parties)) for a in doc.facts_of(Agreement)}


def test_he_signed_with_one_partner_is_his_state():
    text = _VISIT + "Earlier this year he signed a defence cooperation agreement with Turkiye in Ankara."
    assert ("Indonesia", "Türkiye") in _pairs(text)
    assert ("Türkiye", "Vietnam") not in _pairs(text)


def test_she_said_is_no_signer():
    text = _VISIT + "She said, pointing to a trade deal with Turkiye, that the region was open for business."
    assert ("Indonesia", "Türkiye") not in _pairs(text)
