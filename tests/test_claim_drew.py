"""A reaction named as a noun that something drew from its speakers is each speaker's claim about what drew
it (kg/extract/claim_drew.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.claimant.label, tuple(a.label for a in c.about), c.stance)
            for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_coordinated_speakers_each_react():
    assert _claims("Peru's plan to buy tanks from South Korea has drawn criticism from Chile and Bolivia.") == [
        ("Chile", ("Peru", "South Korea"), "opposes"), ("Bolivia", ("Peru", "South Korea"), "opposes")]


def test_praise_supports():
    assert [stance for _, _, stance in _claims("Ghana's debt deal drew praise from the International Monetary "
                                               "Fund.")] == ["supports"]


def test_a_participle_looks_back_to_the_subject():
    claims = _claims("Georgia has bought gas from Azerbaijan since 2007 under a deal with Turkey, drawing "
                     "criticism from Armenia.")
    assert [(who, about) for who, about, _ in claims] == [("Armenia", ("Georgia",))]


def test_a_group_of_unnamed_speakers():
    assert [who for who, _, _ in _claims("Israel's strikes on Lebanon drew condemnation from Arab "
                                         "governments.")] == ["Arab governments"]


def test_crowds_are_no_reaction():
    assert _claims("The fair drew visitors from Kenya and Tanzania.") == []
