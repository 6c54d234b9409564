"""A lead dated by its dateline takes the day another record of the same parties names (kg.extract.agreement_precise)."""

from __future__ import annotations

from kg.extract.agreement_precise import precise_dates
from kg.model import Agreement, EntityRef, Evidence

_KE = EntityRef("state", "KE", "Kenya")
_JP = EntityRef("state", "JP", "Japan")


def _record(sentence: str, date: str | None, kind: str = "deal") -> Agreement:
    return Agreement((_KE, _JP), kind, "signed", Evidence("d", 0, len(sentence), sentence, 0, len(sentence), sentence),
                     date)


def test_dateline_month_takes_the_day_of_the_same_parties():
    lead = _record("NAIROBI, March 4 — Kenya has signed a deal with Japan.", "2026-03")
    later = _record("The contract was signed on Monday.", "2026-03-02", kind="contract")
    assert [a.date for a in precise_dates([lead, later])] == ["2026-03-02", "2026-03-02"]


def test_month_without_dateline_or_without_a_day_stays():
    last_week = _record("Last week Kenya signed a deal with Japan.", "2026-03")
    later = _record("The contract was signed on Monday.", "2026-03-02")
    assert precise_dates([last_week, later])[0].date == "2026-03"
    lead = _record("NAIROBI, March 4 — Kenya has signed a deal with Japan.", "2026-03")
    assert precise_dates([lead])[0].date == "2026-03"
