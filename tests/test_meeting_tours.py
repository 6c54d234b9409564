"""On a tour, the dateline city is the place only of meetings that name its state or no other
(kg.extract.meeting_tours)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.meeting_tours import city_state, dateline_fits, tour_sentences
from kg.model import EntityRef, Meeting, SourceDocument


def _doc(text: str):
    return extract(SourceDocument("tours", text, date="2026-03-03"))


def test_tour_words_and_trips_to_a_region():
    assert tour_sentences(_doc("Meloni is touring the Gulf this week.").sentences) is not None
    assert tour_sentences(_doc("Wang began a visit to Africa on Sunday.").sentences) is not None
    assert tour_sentences(_doc("Meloni arrived in Doha on Sunday.").sentences) is None


def test_city_state():
    assert city_state(EntityRef("place", "doha", "Doha")) == "QA"


def test_fits_only_where_the_city_state_is_named_or_none_other():
    text = ("Italian Prime Minister Giorgia Meloni, on a tour of the Gulf, held talks"
            " with Saudi Crown Prince Mohammed bin Salman on Monday.")
    doc = _doc(text)
    meeting = doc.facts_of(Meeting)[0]
    assert not dateline_fits(meeting, "QA", doc.mentions, doc.sentences)
    assert dateline_fits(meeting, "SA", doc.mentions, doc.sentences)
    assert not dateline_fits(meeting, None, doc.mentions, doc.sentences)
