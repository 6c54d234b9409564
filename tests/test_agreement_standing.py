"""Accords in force, accords named again for their terms, and "since" clauses (kg.extract.agreement_standing)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument


def _stages(text: str) -> set[tuple[frozenset[str], str]]:
    doc = extract(SourceDocument("standing", text, date="2026-03-12"))
    return {(frozenset(p.label for p in a.parties), a.status) for a in doc.facts_of(Agreement)}


def test_under_the_agreement_tells_terms_not_a_new_accord():
    text = ("Kenya signed a contract with China for a new railway in 2014. "
            "Under the agreement, China will finance most of the line.")
    assert _stages(text) == {(frozenset({"Kenya", "China"}), "signed")}


def test_under_a_new_agreement_is_still_an_accord():
    text = ("Kenya signed a contract with China for a new railway in 2014. "
            "Under a new agreement reached on Monday, China will also build a port.")
    assert (frozenset({"Kenya", "China"}), "agreed") in _stages(text)


def test_lapse_ahead_is_in_force_and_lapse_past_is_declined():
    ahead = "The transit deal between Ukraine and Russia is set to expire at the end of the year."
    past = "The transit deal between Ukraine and Russia expired at the end of the year."
    assert _stages(ahead) == {(frozenset({"Ukraine", "Russia"}), "signed")}
    assert _stages(past) == {(frozenset({"Ukraine", "Russia"}), "declined")}


def test_request_before_since_does_not_make_the_signing_proposed():
    text = "Dhaka has asked for more help every year since Bangladesh and Japan signed a partnership in 2014."
    assert _stages(text) == {(frozenset({"Bangladesh", "Japan"}), "signed")}


def test_the_deal_is_what_it_is_not_a_new_accord():
    """"The deal is Japan's biggest export since it lifted a ban in 2014" says what the accord told before is; it
    makes no second record dated by the ban (AG3)."""
    text = ("Canada chose South Korea's Hanwha Ocean to build eight submarines, with a contract expected to be "
            "concluded next year. The deal is the largest arms export for South Korea since it eased a ban on "
            "such sales in 2014.")
    doc = extract(SourceDocument("standing", text, date="2026-03-12"))
    assert [(frozenset(p.label for p in a.parties), a.status) for a in doc.facts_of(Agreement)] == [
        (frozenset({"Canada", "South Korea"}), "proposed")]
