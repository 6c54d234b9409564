"""The story's day: "COLOMBO, April 6 — India and Sri Lanka signed a defence pact on Saturday ... The seventh, a
three-way memorandum, commits India, Sri Lanka and the UAE to ...". A report filed the day after the event dates
its lead by the weekday; the agreements and meetings it goes on to tell with no date of their own are that event's,
not the publication day's. Only a lead day at most :data:`_DAYS` days before the article date counts, and only facts
whose own sentence names no date and which took the article date are moved to it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.extract.event_dates import sentence_dates
from kg.model import Agreement, Meeting, Sentence

_DAYS = 3


_LEAD = 2  # the sentences of the lead paragraphs that may tell the story's day


def lead_day(sentences: tuple[Sentence, ...], today: date | None) -> str | None:
    """The first day one of the first body sentences dates an event by, where it is a few days before *today*
    ("NEW DELHI, Sept 10 — India and the UAE have signed ... The crown prince held talks with Modi on Monday");
    else None."""
    if today is None:
        return None
    for lead in [s for s in sentences if not s.heading][:_LEAD]:
        for _, value in sentence_dates(lead, today):
            if value == today.isoformat():
                return None  # "HARARE, Jan 31 — ... said on Tuesday": the lead's news is the day's
            if len(value) == 10 and 0 < (today - date.fromisoformat(value)).days <= _DAYS:
                return value
    return None


def on_story_day(facts: list, sentences: tuple[Sentence, ...], today: date | None) -> list:
    """*facts* with the agreements and meetings dated by the article day alone moved to the lead's day."""
    day = lead_day(sentences, today)
    if day is None:
        return facts
    by_start = {s.start: s for s in sentences}
    out = []
    for fact in facts:
        if isinstance(fact, (Agreement, Meeting)) and fact.date == today.isoformat():
            sentence = by_start.get(fact.evidence.sentence_start)
            if sentence is not None and not sentence_dates(sentence, today):
                fact = replace(fact, date=day)
        out.append(fact)
    return out
