"""Claims on short passages in the style of real reporting (written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claims(text: str) -> set[tuple[str, tuple[str, ...]]]:
    facts = extract(SourceDocument("t", text)).facts_of(Claim)
    return {(c.claimant.label, tuple(sorted(a.label for a in c.about))) for c in facts}


def test_a_state_after_the_comma_is_the_speaker_not_part_of_the_recipients():
    assert ("United States", ("Kenya", "Türkiye")) in _claims(
        "Turkey will deliver patrol boats to Kenya, Washington said on Friday.")


def test_a_seat_of_government_speaking_keeps_its_name():
    claims = _claims('"We welcome this step by Seoul," the White House said in a statement.')
    assert {c for c, _ in claims} == {"White House"}
