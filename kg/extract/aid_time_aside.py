"""A time or manner phrase set between a request verb and its infinitive: "asked in October 2021 to
acquire 40 F-16s", "asked last year to buy Apache helicopters", "asked Russia in writing to supply more
wheat". Read past it, the verb before is still the one that asks."""

from __future__ import annotations

from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.view import SentenceView

_TIME_WORDS = MONTH_NAMES | frozenset(WEEKDAYS) | frozenset(
    "in on at during early late earlier later last this next previous year years month months week weeks "
    "spring summer autumn fall winter january writing person private public again once twice".split())
_OPENERS = frozenset("in on at during last this earlier early late".split())
_LONGEST = 4


def before_time_phrase(view: SentenceView, end: int) -> int:
    """The index of the word before a time phrase that ends at *end* (inclusive) and opens with a preposition
    or "last"/"this"/"earlier", else *end* itself: "asked in October 2021 | to" -> "asked", "asked Russia in writing | to" -> "Russia"."""
    for start in range(end, max(0, end - _LONGEST), -1):
        word = view.lower[start]
        if word not in _TIME_WORDS and not (word.isdigit() and len(word) == 4):
            return end
        if word in _OPENERS and start >= 1:
            return start - 1
    return end


_TIME_ONLY = _TIME_WORDS | frozenset("yesterday today ago the of".split())
_PARTICLES = frozenset("in out back".split())


def nothing_but_adjuncts(view: SentenceView, at: int) -> bool:
    """Does the clause end at *at* but for a particle, a time phrase or an attribution: "were handed over
    | on Friday.", "was delivered | last week", "were flown | in, the Foreign Office said", "were sent |,
    officials said"? (Not "were halted in April 2022, after ...": the clause goes on.)"""
    from kg.extract.aid_slots import attribution_after  # noqa: PLC0415 -- aid_slots reads this module

    n = len(view.tokens) - (view.lower[-1] == ".")
    end = next((k for k in range(at, n) if view.lower[k] == "," and attribution_after(view, k, len(view.tokens))), n)
    k = at + (at < end and view.lower[at] in _PARTICLES)
    words = view.lower[k:end]
    if not words:
        return True
    return words[0] in _OPENERS | {"yesterday", "today"} \
        and all(w in _TIME_ONLY or w.isdigit() for w in words) and any(w not in _OPENERS for w in words)
