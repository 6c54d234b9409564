"""The body a person speaker heads, named in an appositive title, is part of the attribution frame and not
what the claim is about (kg/extract/claim_title_body.py; sentences written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _about(text: str) -> list[tuple[str, list[str]]]:
    return [(c.claimant.label, [a.label for a in c.about]) for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_a_body_in_the_title_before_the_name_is_frame():
    text = "The head of the International Monetary Fund, Kristalina Georgieva, said the outlook had darkened."
    assert ("Kristalina Georgieva", []) in _about(text)


def test_a_body_in_the_title_after_the_name_is_frame():
    text = "Kristalina Georgieva, the managing director of the International Monetary Fund, said the outlook had darkened."
    assert ("Kristalina Georgieva", []) in _about(text)


def test_a_body_named_in_what_was_said_stays():
    text = "The head of the World Bank, Ajay Banga, said the International Monetary Fund should lend more."
    assert ("Ajay Banga", ["International Monetary Fund"]) in _about(text)


def test_an_object_of_of_outside_a_title_stays():
    text = "Ajay Banga said the board of the World Bank had approved the loan."
    assert any("World Bank" in about for _, about in _about(text))
