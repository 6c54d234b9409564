"""A time phrase that opens a sentence before its speaker: "On Monday Reuters reported", "Last week
Reuters, citing a person familiar with the matter, reported", "In March Bloomberg said". The phrase is
no part of the speaker's name."""

from __future__ import annotations

from kg.extract.view import SentenceView

TIME_WORDS = frozenset("""on in at last this earlier late early next week month year weekend morning evening
    night day monday tuesday wednesday thursday friday saturday sunday january february march april may june
    july august september october november december""".split())


def after_time_opening(view: SentenceView, first: int, end: int) -> int:
    """The first token after a time phrase opening the stretch *first*..*end* ("On Monday", "Last week",
    "In March 2024"); *first* when there is none or nothing would be left."""
    k = first
    while k < end and (view.lower[k] in TIME_WORDS or view.tokens[k].text.isdigit()):
        k += 1
    if k == first or k >= end or view.lower[first] not in TIME_WORDS or not any(
            view.lower[x] not in ("on", "in", "at", "this", "last", "next", "late", "early") for x in range(first, k)):
        return first  # "In Reuters' view" and "At Reuters" are not times
    return k
