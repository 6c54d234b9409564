"""Object relative clauses joined by "and that" / "but that", each with its own speaker: each speaks of the
clause before them, and neither speaker is what the other's claim is about
(kg/extract/claim_joined_relative.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> dict[str, tuple[str, ...]]:
    return {c.claimant.label: tuple(a.label for a in c.about)
            for c in extract(SourceDocument("t", text)).facts_of(Claim)}


def test_both_speakers_speak_of_the_clause_before():
    assert _claims("Armenia keeps buying Indian howitzers, a purchase that Azerbaijan has condemned and that "
                   "Russia has called unwise.") == {"Azerbaijan": ("Armenia", "India"), "Russia": ("Armenia", "India")}


def test_one_relative_clause_alone_is_read_as_before():
    """No second clause: "described as credible" stays what was said, as before this module."""
    claims = _claims("Mali accuses Algeria of sheltering armed groups, an accusation that Niger has also "
                     "described as credible.")
    assert "Niger" in claims and "Mali" not in claims["Niger"]
