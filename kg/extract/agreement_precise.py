"""The day of an accord dated only to its month: "BOGOTA, Nov 15 — Colombia has signed a contract ..." (the
dateline gives the report's day; the act, only its month) followed by "The contract was signed in Bogota on
Tuesday" is one act told twice, and the day the later sentence names dates the lead's record too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.event_dates import opens_with_dateline
from kg.model import Agreement


def precise_dates(found: Sequence) -> list:
    """*found* (facts of any type) with each agreement of a sentence that opens with a dateline and dated to its
    month (YYYY-MM) given the day of that month of another agreement with the same parties (the same kind and
    stage first). Run after the story's day is set (kg.extract.event_story_day), whose days it passes on."""
    out: list = []
    for a in found:
        if isinstance(a, Agreement) and a.date and len(a.date) == 7 and opens_with_dateline(a.evidence.sentence_text):
            same = [b for b in found if b is not a and isinstance(b, Agreement) and set(b.parties) == set(a.parties)
                    and b.date and len(b.date) == 10 and b.date.startswith(a.date)]
            same.sort(key=lambda b: (b.kind != a.kind or b.status != a.status))
            if same:
                a = replace(a, date=same[0].date)
        out.append(a)
    return out
