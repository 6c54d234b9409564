"""Dates of agreements and meetings: the sentence's own dates, its dateline passed over when it names others,
and "that day" resolved to the last day the text named ("LIMA, March 14 — Chile and Peru signed the
treaty on Tuesday": the Tuesday).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.dates import find_dates
from kg.model import Sentence

# "SOCHI, Russia, Sept 4 — ...": the place and day the report was filed
_DATELINE = re.compile(r"^[A-Z][A-Z .'/-]+,(?:[^,—–]{1,30},)?\s*[A-Z][a-z]{2,8}\.? \d{1,2}\s*[—–-]")
_NEXT_DAY = re.compile(r"\b(?:a day later|the next day|the following day)\b", re.I)
_DAY_BEFORE = re.compile(r"\b(?:a day earlier|the previous day)\b", re.I)
_RELATIVE_WORDS = ("day", "morning", "afternoon", "evening", "night")
_SAME_DAY = re.compile(r"\b(?:that|the same|that same)\s+(?:day|morning|afternoon|evening|night)\b", re.I)
# "a treaty that runs until 2042", "extend the pact until the end of 2030": the end of a term, not the day of the event
_TERM_END = re.compile(r"\b(?:until|till)\s+(?:the\s+(?:end|middle|start)\s+(?:of\s+)?)?$", re.I)


def opens_with_dateline(text: str) -> bool:
    """Does the sentence open with a dateline ("BOGOTA, Nov 15 —")?"""
    return _DATELINE.match(text) is not None


def sentence_dates(sentence: Sentence, today: date | None, day_before: str | None = None) -> list[tuple[int, str]]:
    """(offset, value) of the sentence's dates, its dateline left out when it names others; "that day", "the
    same morning" take the last day named before them, here or in *day_before*'s sentence."""
    dates = [(d.start, d.value) for d in find_dates(sentence.text, today) if not _term_end(sentence.text, d.start)]
    dateline = _DATELINE.match(sentence.text) if dates else None
    if dateline is not None and dates[0][0] < dateline.end():
        # "BOGOTA, Nov 15 — Colombia has signed a contract": the dateline gives the report's day, the act only
        # its month (the gold's convention); with other dates named the dateline is left out
        dates = dates[1:] if len(dates) > 1 else [(dates[0][0], dates[0][1][:7])]
    low = sentence.text.lower()
    relative = _any_in(_RELATIVE_WORDS, low)  # every pattern has one of the words
    for pattern, shift in ((_SAME_DAY, 0), (_NEXT_DAY, 1), (_DAY_BEFORE, -1)) if relative else ():
        for match in pattern.finditer(sentence.text):
            day = next((v for o, v in reversed(dates) if o < match.start() and len(v) == 10), day_before)
            if day is not None:
                dates.append((match.start(), (date.fromisoformat(day) + timedelta(days=shift)).isoformat()))
    return sorted(dates)


# What every date to the day needs (the patterns of kg.extract.dates and the relative phrases above): a digit with
# a month's stem ("May 5", "5 May 2024") or between two digits ("2024-05-05"), or a weekday, "yesterday", "today",
# "tomorrow", or a relative phrase ("the next day", "that night"). Looked for in the lower-cased text, unless the text
# holds a letter that re.IGNORECASE folds to "i" or "s" and str.lower() does not.
_DAY_WORDS = ("day", "tomorrow", "morning", "afternoon", "evening", "night")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ODD_CASES = ("ı", "İ", "ſ")
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # what _DIGIT finds in ASCII text, found about twice as fast
_DIGIT_DASH = re.compile(r"\d-\d")


def may_name_a_day(sentence: Sentence) -> bool:
    """Can :func:`sentence_dates` give the sentence a date to the day (YYYY-MM-DD)? Most sentences cannot, and a
    caller that only follows the last day named can pass them over without scanning them for dates."""
    text = sentence.text
    low = text.lower()
    ascii_only = text.isascii()  # (most texts: no odd case, and a quicker search for a digit)
    if _any_in(_DAY_WORDS, low) or not ascii_only and _any_in(_ODD_CASES, text):
        return True
    digit = (_ASCII_DIGIT if ascii_only else _DIGIT).search(text)
    return digit is not None and (_any_in(_MONTH_STEMS, low) or _DIGIT_DASH.search(text) is not None)


def _term_end(text: str, start: int) -> bool:
    """Does the date at *start* end a term ("until 2042", "until the end of March") rather than date an event?"""
    if text.startswith(("until", "Until"), start):
        return True
    return "until" in text[max(0, start - 24):start].lower() and _TERM_END.search(text, max(0, start - 24), start) is not None


def _any_in(words: tuple[str, ...], text: str) -> bool:
    """Is one of *words* a substring of *text*? (A plain loop: several times cheaper than any() over a
    generator, or a regular expression, for a handful of words.)"""
    for word in words:
        if word in text:
            return True
    return False


def event_date(sentence: Sentence, today: date | None) -> str | None:
    """The first date of the sentence, passing over its dateline when the sentence dates the event itself
    ("WASHINGTON, Oct 10 — ... finalized the deal on Thursday": Thursday)."""
    dates = sentence_dates(sentence, today)
    return dates[0][1] if dates else None


def clause_date(view, first: int, last: int, today: date | None, until: int | None = None) -> str | None:
    """The first date inside the clause [*first*, *last*) of an accord, else the sentence's first date before the
    offset *until* (where another event's time clause begins): in "Mali signed a deal with Moscow last year, and
    Burkina Faso concluded an accord with Rosatom in October" the second accord is October's."""
    dates = [(o, v) for o, v in sentence_dates(view.sentence, today) if until is None or o < until]
    if not dates:
        return None
    start = view.tokens[first].start - view.sentence.start
    end = view.tokens[last - 1].end - view.sentence.start
    own = next((v for o, v in dates if start <= o < end), None)
    if own is not None:
        return own
    shift = _offset(view.lower[first:first + 4])
    if shift and len(dates[0][1]) == 10:  # "signed a declaration on Thursday, a day after he had signed a pact"
        return (date.fromisoformat(dates[0][1]) + timedelta(days=shift)).isoformat()
    return dates[0][1]


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _offset(words: tuple[str, ...]) -> int:
    """The days a clause opening "a day after", "two days before" sets its event from the sentence's date: -1 for
    "a day after" (the clause's event came first), +2 for "two days before"; 0 for any other opening."""
    if len(words) < 3 or words[0] not in _COUNTS or words[1] not in ("day", "days") or words[2] not in ("after", "before"):
        return 0
    return -_COUNTS[words[0]] if words[2] == "after" else _COUNTS[words[0]]


def story_day(view, first: int, last: int, today: date | None) -> str | None:
    """An event the text does not date is the news of the day the article was published; one told in the
    past perfect ("had agreed") or after "has since" is background, left undated."""
    if today is None or any(w in ("had", "'d") for w in view.lower[first:last]):
        return None
    if any(a in ("has", "have") and b == "since" for a, b in zip(view.lower[first:last], view.lower[first + 1:last])):
        return None  # "Kenya has since asked the IMF for a new programme": some time before the report, undated
    return today.isoformat()


def year_before(view, first: int) -> str | None:
    """"the 1979 peace treaty", "a 2019 agreement": a year before the noun dates the agreement."""
    for j in range(first - 1, max(-1, first - 4), -1):
        word = view.lower[j]
        if len(word) == 4 and word.isdigit() and word[:2] in ("19", "20"):
            return word
        if word in (",", ".", ";") or j in view.actor_at:
            return None
    return None
