"""A stop of aid only threatened or attempted: "The United States threatened to suspend military aid to Egypt",
"Hungary threatened to block EU aid to Ukraine", "senators will try to block the sale". Nothing was stopped:
the flow is named with no stage of its own (README A3 "unspecified"), not declined."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.view import CLAUSE_END, SentenceView

_THREATENING = frozenset("threaten threatens threatened threatening try tries tried trying seek seeks sought "
                         "seeking want wants wanted wanting attempt attempts attempted attempting".split())


_DAYS = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS))
_TIME = frozenset("on last this week month again repeatedly also openly".split())


def threatened_stops(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* read declined under a threat or attempt to stop them, made unspecified."""
    return [replace(f, status="unspecified") if f.status == "declined" and _threatened(view, f.first) else f
            for f in frames]


def _threatened(view: SentenceView, first: int) -> bool:
    """Is there "<threaten/try> to <verb>" before the frame's word at *first*, in its clause?"""
    words = view.lower
    for j in range(first - 1, max(0, first - 6), -1):
        if words[j] in (",", ";", "but", "and") or words[j] in CLAUSE_END:
            return False
        if words[j] == "to" and j + 1 <= first:
            k = j - 1
            while k > 0 and (words[k] in _TIME or words[k] in _DAYS):
                k -= 1  # "threatened on Monday to suspend", "threatened again to"
            return words[k] in _THREATENING
    return False
