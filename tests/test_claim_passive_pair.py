"""A second passive participle joined by "and"/"but" shares the first one's "was", so each agent speaks of
the subject (kg/extract/claim_passive_pair.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.claimant.label, tuple(a.label for a in c.about), c.stance)
            for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_each_agent_of_the_pair_speaks_with_its_own_stance():
    assert _claims("The pipeline to Serbia was praised by Hungary and condemned by Ukraine.") == [
        ("Hungary", ("Serbia",), "supports"), ("Ukraine", ("Serbia",), "opposes")]


def test_an_act_before_the_pair_gives_only_the_statement():
    assert [c[0] for c in _claims("The raid on Lebanon was carried out by Israel and condemned by France.")] == ["France"]


def test_an_infinitive_be_is_no_pair():
    assert _claims("The loan must be approved by the IMF board and welcomed by Pakistan.") == []


def test_coordinated_agents_each_speak_and_none_is_the_others_topic():
    claims = _claims("The test by Iran was condemned by France, Germany and Britain.")
    assert [c[0] for c in claims] == ["France", "Germany", "United Kingdom"]
    assert all(c[1] == ("Iran",) for c in claims)
