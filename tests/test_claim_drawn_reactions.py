"""A reaction drawn from someone is their statement about what drew it: "X drew criticism from Y" is Y's
claim about X, each of several reactors making it (kg/extract/claim_drawn_reactions.py; passages written
for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.claimant.label, c.stance, tuple(a.label for a in c.about))
            for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_each_reactor_criticises_what_drew_it():
    claims = _claims("Turkey's purchase of Russian missiles drew criticism from Greece and France.")
    assert {(c, s) for c, s, _ in claims} == {("Greece", "opposes"), ("France", "opposes")}
    assert all("Türkiye" in about for _, _, about in claims)


def test_praise_drawn_supports_and_is_no_speech_verb_of_the_subject():
    claims = _claims("The Japanese offer of patrol boats drew praise from the Philippines.")
    assert claims == [("Philippines", "supports", ("Japan",))]


def test_a_drawn_thing_that_is_no_reaction_is_no_claim():
    assert _claims("The Indian navy drew up plans with the Philippines to patrol the sea together.") == []


def test_an_apposed_act_condemned_by_someone_is_their_claim_about_the_actor():
    claims = _claims("Serbia bought Chinese air defence missiles, a move criticised by Croatia.")
    assert [(c, s) for c, s, _ in claims] == [("Croatia", "opposes")]
    assert "Serbia" in claims[0][2]
