"""One unnamed source speaks by its words ("a Western diplomat said"), across an aside or not, while a
phrase naming a state or body leaves the speaker to that state or body (kg/extract/claim_lone_source.py;
sentences written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claimants(text: str) -> list[str]:
    return [c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_a_source_before_the_verb_keeps_its_modifiers():
    assert _claimants("A Western diplomat said Chad had expelled the French ambassador.") == ["Western diplomat"]
    assert _claimants("Chad had expelled the French ambassador, a government source said.") == ["government source"]


def test_a_source_across_an_aside():
    text = "One senior aide, who asked not to be named, said Gabon would not renew the French base agreement."
    assert _claimants(text) == ["senior aide"]


def test_a_named_state_in_the_phrase_speaks():
    assert _claimants("A Nigerian official said Niger had closed the border again.") == ["Nigeria"]


def test_an_object_or_a_definite_source_is_no_lone_source():
    assert not _claimants("Police in Chad detained a Western diplomat on Monday.")
    assert "official" not in " ".join(_claimants(
        "Chad closed the border, two officials said. The official said Niger had been told.")).split()
