"""Visits to a state named only by an anaphor (kg.extract.meeting_anaphor): "travelled to the Scandinavian
country", "visited the Gulf state"; not a visit denied, one to the visitor's own state, or a speaker's words."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Meeting, SourceDocument


def _visits(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("anaphor", text, date="2026-03-12"))
    return [tuple(p.label for p in m.participants) for m in doc.facts_of(Meeting) if m.kind == "visit"]


def test_state_named_in_the_same_sentence():
    text = ("Chile bought ten frigates from Norway, a deal sealed when Defence Minister Maya Fernandez travelled to "
            "the Scandinavian country in May.")
    assert _visits(text) == [("Maya Fernandez", "Norway")]


def test_state_named_in_the_sentence_before():
    text = "Qatar pledged $500 million for Kenyan roads. Kenyan President William Ruto last visited the Gulf state in January."
    assert _visits(text) == [("William Ruto", "Qatar")]


def test_visit_denied():
    assert _visits("Lammy said Iran must free the detainees. He has never visited the country.") == []


def test_own_state_is_no_host():
    assert _visits("US Defense Secretary Lloyd Austin said the request came when he visited the country.") == []


def test_visitor_met_the_hosts_officials():
    text = ("Indian Prime Minister Narendra Modi held talks with Maldivian President Mohamed Muizzu on Friday, on a "
            "visit to the island nation.")
    assert ("Narendra Modi", "Maldives") not in _visits(text)
