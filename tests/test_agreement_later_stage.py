""""A security agreement signed in 2022 was later abandoned": the participle after the noun tells one stage and
the main verb a later one, each a record with its own date (README AG2, AG3)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument

_HEAD = "Probe\nDate: 2026-03-12\nSource: Test\nURL: http://example.org\n\n"


def _found(text: str) -> set[tuple]:
    doc = extract(SourceDocument("later", _HEAD + text, date="2026-03-12", body_start=len(_HEAD)))
    return {(tuple(sorted(p.label for p in a.parties)), a.status, a.date) for a in doc.facts_of(Agreement)}


def test_a_participle_and_a_later_main_verb_are_two_stages():
    assert _found("A trade accord between Peru and Chile signed in 2019 was later suspended.") == {
        (("Chile", "Peru"), "signed", "2019"), (("Chile", "Peru"), "declined", None)}


def test_the_later_stage_takes_the_date_after_its_verb():
    assert _found("The pact Mali signed with France in 2014 was cancelled last year.") == {
        (("France", "Mali"), "signed", "2014"), (("France", "Mali"), "declined", "2025")}


def test_an_intransitive_later_verb_needs_no_auxiliary():
    assert _found("An accord signed by Ghana and Togo in 2020 expired in January.") == {
        (("Ghana", "Togo"), "signed", "2020"), (("Ghana", "Togo"), "declined", "2026-01")}


def test_a_participle_with_no_later_verb_is_one_stage():
    assert _found("Peru and Chile signed a trade accord on Tuesday.") == {(("Chile", "Peru"), "signed", "2026-03-10")}


def test_an_end_told_later_without_a_date_is_a_new_stage():
    found = _found("Bolivia and Paraguay signed a gas deal in 2021. Paraguay later suspended the deal.")
    assert {(p, s) for p, s, _ in found} == {(("Bolivia", "Paraguay"), "signed"), (("Bolivia", "Paraguay"), "declined")}


def test_a_supposed_end_is_no_new_stage():
    found = _found("Bolivia and Paraguay signed a gas deal in 2021. Paraguay could suspend the deal.")
    assert {s for _, s, _ in found} == {"signed"}
