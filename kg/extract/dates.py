"""Date expressions, absolute and relative, resolved against the publication date.

>>> from datetime import date
>>> [d.value for d in find_dates("Russia signed the deal on Monday.", date(2026, 2, 18))]
['2026-02-16']
>>> [d.value for d in find_dates("Talks resumed last November and again in January.", date(2026, 2, 18))]
['2025-11', '2026-01']
>>> [d.value for d in find_dates("It signed in March last year.", date(2026, 2, 18))]
['2025-03']
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTH_NAMES = frozenset(name.lower() for name in calendar.month_name if name)

_MONTH = r"(?P<month>" + "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in ("may",)), key=len, reverse=True)) \
    + r"|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.?"
_PATTERNS = [
    # "in January last year": the year words set the month's year ("last March" alone is rel_month)
    ("month_rel_year", re.compile(r"\b" + _MONTH + r"\s+(?:of\s+)?(?P<rel>last|next|this)\s+year\b", re.I | re.A)),
    ("dmy", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I | re.A)),
    ("mdy", re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I | re.A)),
    ("md", re.compile(r"\b(?:on\s+)?" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{2})", re.I | re.A)),
    ("dm", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r"\b(?!,?\s*(?:19|20)\d{2})", re.I | re.A)),
    ("my", re.compile(r"\b" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I | re.A)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})\b")),
    ("rel_month", re.compile(r"\b(?P<rel>last|next|this|early|late|mid|in|since|by|until|from|at the (?:end|beginning|start|close) of)[\s-]+" + _MONTH + r"\b(?!\s+\d)", re.I | re.A)),
    ("weekday", re.compile(r"\b(?P<rel>on|last|this|next|late|early)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I | re.A)),
    ("rel_unit", re.compile(r"\b(?P<rel>last|next|this|earlier this|later this)\s+(?P<unit>year|month|week)\b", re.I | re.A)),
    ("day_word", re.compile(r"\b(?P<word>yesterday|today|tomorrow)\b", re.I | re.A)),
    ("year", re.compile(r"\b(?:in|since|by|during|until|from|of|early|late|mid-?)\s+(?P<year>(?:19|20)\d{2})\b", re.I | re.A)),
]
_FUTURE = re.compile(r"\b(will|would|plans? to|to be|next|upcoming|scheduled|due to|expected to|set to|poised to|hopes? to|aims? to|intends? to|likely to)\b", re.I)


@dataclass(frozen=True)
class DateMention:
    start: int  # offset within the searched text
    end: int
    value: str  # YYYY-MM-DD, YYYY-MM or YYYY


def _month_before(month: int, today: date, *, strictly: bool, future: bool) -> str:
    year = today.year
    if future:
        if month < today.month or (strictly and month == today.month):
            year += 1
    elif month > today.month or (strictly and month == today.month):
        year -= 1
    return f"{year:04d}-{month:02d}"


def _resolve(kind: str, m: re.Match, today: date | None, future: bool) -> str | None:
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if kind in ("dmy", "mdy"):
        return f"{int(groups['year']):04d}-{month:02d}-{int(groups['day']):02d}"
    if kind == "iso":
        return f"{groups['year']}-{groups['mnum']}-{int(groups['day']):02d}"
    if kind == "my":
        return f"{int(groups['year']):04d}-{month:02d}"
    if kind == "year":
        return groups["year"]
    if today is None:
        return None
    if kind == "month_rel_year":
        year = today.year + {"last": -1, "next": 1}.get(groups["rel"].lower(), 0)
        return f"{year:04d}-{month:02d}"
    if kind in ("md", "dm"):
        year_month = _month_before(month, today, strictly=False, future=future)
        return f"{year_month}-{int(groups['day']):02d}"
    if kind == "rel_month":
        rel = groups["rel"].lower()
        return _month_before(month, today, strictly=rel == "last", future=rel == "next" or future)
    if kind == "weekday":
        rel = groups["rel"].lower()
        target = WEEKDAYS[groups["weekday"].lower()]
        if rel == "next" or (future and rel != "last"):
            delta = (target - today.weekday()) % 7 or 7
            return (today + timedelta(days=delta)).isoformat()
        delta = (today.weekday() - target) % 7
        if rel == "last" and delta == 0:
            delta = 7
        return (today - timedelta(days=delta)).isoformat()
    if kind == "rel_unit":
        rel, unit = groups["rel"].lower(), groups["unit"].lower()
        shift = {"last": -1, "next": 1}.get(rel, 0)
        if unit == "year":
            return f"{today.year + shift:04d}"
        if unit == "month":
            month_index = today.year * 12 + today.month - 1 + shift
            return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
        return (today + timedelta(weeks=shift)).strftime("%Y-%m")
    if kind == "day_word":
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["word"].lower()]
        return (today + timedelta(days=shift)).isoformat()
    return None


_PAST_FRAME = re.compile(r"\b(?:was|were|had)\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")
_CLAUSE_CUT = re.compile(r"[,;—–]|\bthat\b|\bwhen\b|\bafter\b")


def _future_before(text: str, start: int) -> bool:
    """Is the date at *start* in a clause about the future ("will travel to Cairo in June")? Only its
    own clause counts: in "a contract signed on Tuesday, ... said, and France will deliver" the date
    is past."""
    window = text[max(0, start - 100):start]
    words = [w for w in _WORD.findall(window)[-3:] if w.lower() not in ("on", "in", "at", "since")]
    if words and words[-1].lower().endswith("ed") and ([w.lower() for w in words[-3:-1]] != ["to", "be"]
                                                       or _PAST_FRAME.search(window)):
        return False  # "a contract signed on Tuesday": the verb next to the date is past ("due to be signed": not,
        # but "was expected to be signed on Tuesday" was)
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(window)]
    if cuts and window[cuts[-1]:].strip():
        window = window[cuts[-1]:]
    return bool(_FUTURE.search(window)) or bool(_FUTURE.match(text[start:]))


# Every pattern above needs a digit, a month, a weekday or today/tomorrow ("day"), or year/month/week:
# a sentence with none of these has no date, and most sentences are passed over at this cost.
_DIGIT = re.compile(r"\d")
_ASCII_DIGIT = re.compile(r"[0-9]")  # the same search in ASCII text (the only digits there), about twice as quick
_DATE_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "year",
               "month", "week", "tomorrow")


def _has_digit(text: str) -> bool:
    """Does *text* hold a digit (any Unicode decimal digit, as the patterns' \\d)?"""
    return (_ASCII_DIGIT if text.isascii() else _DIGIT).search(text) is not None


def _may_have_date(text: str) -> bool:
    if _has_digit(text):
        return True
    return _any_in(_DATE_WORDS, text.lower())


def _any_in(words: tuple[str, ...], text: str) -> bool:
    """Is one of *words* a substring of *text*? (A plain loop: several times cheaper than any() over a
    generator for a handful of words.)"""
    for word in words:
        if word in text:
            return True
    return False


def new_document() -> None:
    """Forget the dates found in the sentences of the documents before (the segment stage calls this for each
    document): the stages of one document ask about the same sentence several times, and an answer kept for
    another document's sentence would only serve a corpus that repeats its sentences word for word."""
    _dates_of.cache_clear()


def find_dates(text: str, today: date | None) -> list[DateMention]:
    """Date expressions in *text*, longest first where they overlap, in text order."""
    return list(_dates_of(text, today))


@lru_cache(maxsize=4096)
def _dates_of(text: str, today: date | None) -> tuple[DateMention, ...]:
    """The dates of one sentence, found once however many extraction stages ask (and so is the answer
    that a sentence has none); within one document only, as :func:`new_document` empties the cache."""
    if not _may_have_date(text):
        return ()
    return tuple(_scan(text, today))


# The words a pattern cannot match without (beside the digits most need): a pattern none of whose words is
# in the sentence is not run. Every month name starts with its three-letter abbreviation.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NEEDS_DIGIT = frozenset(("dmy", "mdy", "md", "dm", "my", "iso", "year"))
_CUE_GROUPS = {"month": _MONTH_STEMS, "weekday": tuple(WEEKDAYS), "unit": ("year", "month", "week"),
               "day_word": ("yesterday", "today", "tomorrow")}
_NEEDS_WORD = {"month_rel_year": "month", "dmy": "month", "mdy": "month", "md": "month", "dm": "month", "my": "month",
               "rel_month": "month",
               "weekday": "weekday", "rel_unit": "unit", "day_word": "day_word"}  # pattern -> its cue group

_ODD_CASES = ("ı", "İ", "ſ")


def _scan(text: str, today: date | None) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    digits = _has_digit(text)
    low = text.lower()
    # re.IGNORECASE also matches "ı", "İ" and "ſ" to "i" and "s", which lower() does not: then run them all
    sure = not _any_in(_ODD_CASES, text)
    # each cue group looked for once (the month stems serve six patterns)
    present = {group: _any_in(words, low) for group, words in _CUE_GROUPS.items()} if sure else {}
    for kind, pattern in _PATTERNS:
        if sure and ((kind in _NEEDS_DIGIT and not digits) or (kind in _NEEDS_WORD and not present[_NEEDS_WORD[kind]])):
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            value = _resolve(kind, match, today, _future_before(text, start))
            if value:
                found.append(DateMention(start, end, value))
                taken.append((start, end))
    return sorted(found, key=lambda d: d.start)


def parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
