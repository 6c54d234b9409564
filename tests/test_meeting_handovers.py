"""A thing handed over by one named person to another is a meeting of the two (README M1, M3)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _meetings(text: str) -> list[tuple[tuple[str, ...], str, str | None, str | None]]:
    doc = extract(SourceDocument("handed", text, date="2026-03-05"))
    return [(tuple(sorted(p.label for p in m.participants)), m.kind, m.place.label if m.place else None, m.date)
            for m in doc.facts_of(Meeting)]


def test_active_handover_between_persons_is_talks_at_its_city():
    text = "Chinese Ambassador Han Jing handed over 20 trucks to Zambian Defence Minister Ambrose Lufuma at a " \
           "ceremony in Lusaka on Monday."
    assert _meetings(text) == [(("Ambrose Lufuma", "Han Jing"), "talks", "Lusaka", "2026-03-02")]


def test_passive_handover_giver_follows_by():
    text = "The rice was handed over at the ministry by Foreign Minister Vivian Balakrishnan to Myanmar's " \
           "ambassador, Thet Naing."
    assert [m[0] for m in _meetings(text)] == [("Thet Naing", "Vivian Balakrishnan")]


def test_undated_handover_is_the_story_day():
    text = "Japanese Ambassador Kenji Shinoda handed the boats to Sri Lankan Fisheries Minister Ramalingam Chandrasekar."
    assert [m[3] for m in _meetings(text)] == ["2026-03-05"]


def test_handover_to_a_body_or_to_reporters_is_no_meeting():
    assert _meetings("The aid was handed over to the Red Cross by Swiss Ambassador Anna Meier.") == []
    assert _meetings("Prime Minister Keir Starmer handed the letter to reporters.") == []


def test_handover_not_made_is_no_meeting():
    text = "Chinese Ambassador Han Jing never handed the trucks to Zambian Defence Minister Ambrose Lufuma."
    assert _meetings(text) == []
