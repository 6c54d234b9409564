"""A person named after "with" right after the destination of a verb of travel travels with the visitor: both
meet the host state (README M1, M2)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _meetings(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("hosts", text, date="2026-03-03"))
    return [tuple(p.label for p in m.participants) for m in doc.facts_of(Meeting)]


def test_a_companion_travels_with_the_visitor():
    text = "Japanese Foreign Minister Yoko Kamikawa travelled to Manila with Defense Minister Minoru Kihara on Monday."
    assert _meetings(text) == [("Yoko Kamikawa", "Minoru Kihara", "Philippines")]


def test_talks_with_after_the_destination_are_the_host():
    text = "Kenyan President William Ruto flew to Addis Ababa on Sunday for talks with Ethiopian Prime Minister Abiy Ahmed."
    assert _meetings(text) == [("William Ruto", "Abiy Ahmed")]
