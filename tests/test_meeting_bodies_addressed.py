"""A person who tells, addresses or briefs a body that sits as an assembly meets it (README M2, M3)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _meetings(text: str) -> list[tuple[tuple[str, ...], str]]:
    doc = extract(SourceDocument("addressed", text, date="2026-03-05"))
    return [(tuple(p.label for p in m.participants), m.kind) for m in doc.facts_of(Meeting)]


def test_briefing_a_council_is_its_session():
    text = "UN Secretary-General Antonio Guterres briefed the Security Council on the crisis on Monday."
    assert _meetings(text) == [(("Antonio Guterres", "UN Security Council"), "councilSession")]


def test_addressing_an_assembly_is_a_conference():
    text = "Pakistan's prime minister, Shehbaz Sharif, addressed the UN General Assembly in New York on Friday."
    assert _meetings(text) == [(("Shehbaz Sharif", "UN General Assembly"), "conference")]


def test_telling_a_lender_is_no_meeting():
    assert _meetings("Kenyan President William Ruto told the IMF that Kenya would meet its targets.") == []
