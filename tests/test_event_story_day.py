"""The story's day (kg.extract.event_story_day): agreements and meetings a report tells after its lead with no
date of their own take the day the lead dates its event, not the publication day."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.event_story_day import lead_day
from kg.model import Agreement, SourceDocument

_TEXT = ("LIMA, June 6 — Peru and Chile signed a fisheries agreement on Friday.\n\n"
         "Peru also signed a memorandum on mining with Bolivia.")


def _sentences(text: str, published: str):
    return extract(SourceDocument("story", text, date=published)).sentences


def test_lead_dated_by_weekday_gives_the_day():
    assert lead_day(_sentences(_TEXT, "2026-06-06"), date(2026, 6, 6)) == "2026-06-05"


def test_lead_dated_only_by_dateline_gives_none():
    text = "LIMA, June 6 — Peru and Chile have signed a fisheries agreement."
    assert lead_day(_sentences(text, "2026-06-06"), date(2026, 6, 6)) is None


def test_old_lead_day_is_not_the_story_day():
    text = "Peru and Chile signed a fisheries agreement on May 20."
    assert lead_day(_sentences(text, "2026-06-06"), date(2026, 6, 6)) is None


def test_undated_accord_after_the_lead_takes_its_day():
    doc = extract(SourceDocument("story", _TEXT, date="2026-06-06"))
    dates = {tuple(sorted(p.label for p in a.parties)): a.date for a in doc.facts_of(Agreement)}
    assert dates == {("Chile", "Peru"): "2026-06-05", ("Bolivia", "Peru"): "2026-06-05"}



def test_the_second_sentence_may_give_the_story_day():
    text = "NEW DELHI, March 11 — India and Oman have signed deals. Modi met the sultan on Monday."
    assert lead_day(_sentences(text, "2026-03-11"), date(2026, 3, 11)) == "2026-03-09"
    text = "NEW DELHI, March 11 — Modi said on Wednesday that ties grew. The visit began on Monday."
    assert lead_day(_sentences(text, "2026-03-11"), date(2026, 3, 11)) is None
