"""Dates in text: lookalike letters must not crash the resolver."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import find_dates


@pytest.mark.parametrize("text", ["on \u017feptember 3, 2024 the talks", "on Fr\u0131day the minister", "\u0130n 2024"])
def test_lookalike_letters_are_no_date_and_no_crash(text):
    assert find_dates(text, date(2026, 1, 1)) == []


def test_plain_dates_still_resolve():
    assert [d.value for d in find_dates("On Friday, and on September 3, 2024", date(2026, 1, 1))] == [
        "2025-12-26", "2024-09-03"]
