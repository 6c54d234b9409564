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


_DAY_TEXTS = ["Talks were held on May 5.", "They met on 5 May 2024 in Rome.", "The accord was signed 2024-05-05.",
              "He arrived on Tuesday.", "Officials met yesterday.", "Both sides signed it that night.",
              "The talks resumed the next day.", "The leaders met the same morning.", "On \u017funday he left.",
              "The deal is worth $5 billion.", "Talks began in May 2024.", "The war began in 2022.",
              "Ministers will meet next week.", "The two leaders spoke.", "They met in March."]


@pytest.mark.parametrize("text", _DAY_TEXTS)
def test_a_day_is_only_found_where_may_name_a_day_allows(text):
    """The cheap test that lets extract_meetings pass a sentence over is never wrong about a day it names."""
    from kg.extract.event_dates import may_name_a_day, sentence_dates
    from kg.model import Sentence

    sentence = Sentence(0, 0, len(text), text, 0)
    days = [v for _, v in sentence_dates(sentence, date(2026, 1, 1), "2025-12-30") if len(v) == 10]
    assert not days or may_name_a_day(sentence)
    if text in ("The deal is worth $5 billion.", "The war began in 2022.", "The two leaders spoke."):
        assert not may_name_a_day(sentence)


@pytest.mark.parametrize(("text", "value"), [("The pact was signed at the end of July.", "2025-07"),
                                              ("They met at the beginning of February.", "2026-02"),
                                              ("Deliveries began at the start of December.", "2025-12")])
def test_the_end_or_start_of_a_month_names_the_month(text, value):
    assert [d.value for d in find_dates(text, date(2026, 3, 12))] == [value]


def test_a_deadline_by_the_end_of_a_month_is_no_date_of_its_own():
    assert find_dates("The shells are due by the end of March.", date(2026, 3, 12)) == []


@pytest.mark.parametrize(("text", "value"), [("The deal was signed in March last year.", "2025-03"),
                                              ("In January of last year the talks began.", "2025-01"),
                                              ("Deliveries start in May next year.", "2027-05"),
                                              ("The accord was signed in February this year.", "2026-02"),
                                              ("Talks resumed last April.", "2025-04")])
def test_a_month_with_last_or_next_year_takes_that_year(text, value):
    assert [d.value for d in find_dates(text, date(2026, 3, 12))] == [value]


def test_a_month_after_a_passive_infinitive_is_ahead():
    assert [d.value for d in find_dates("The deal is due to be signed in May.", date(2026, 3, 12))] == ["2026-05"]
    assert [d.value for d in find_dates("The deal was signed in May.", date(2026, 3, 12))] == ["2025-05"]


def test_a_month_after_set_or_hope_to_is_ahead():
    assert [d.value for d in find_dates("The two sides are set to sign the pact in May.", date(2026, 3, 12))] == ["2026-05"]
    assert [d.value for d in find_dates("They hope to sign it in June.", date(2026, 3, 12))] == ["2026-06"]


def test_a_day_after_was_expected_to_be_signed_is_past():
    assert [d.value for d in find_dates("The deal was expected to be signed on Tuesday.", date(2026, 3, 12))] == [
        "2026-03-10"]
