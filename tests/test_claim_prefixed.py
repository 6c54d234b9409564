"""A state body written with its state's short name in front keeps that name as the claimant, in every
sentence where it speaks (kg/extract/claim_prefixed.py; passages written for these tests)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Claim, SourceDocument


def _claimants(text: str) -> list[str]:
    return [c.claimant.label for c in extract(SourceDocument("t", text)).facts_of(Claim)]


def test_the_prefix_as_written_is_kept():
    assert _claimants("The US State Department said Washington would send tents to Chile.") == ["US State Department"]


def test_a_later_bare_mention_takes_the_fuller_name():
    text = ("The U.S. State Department said Washington would send tents to Chile. "
            "The State Department added that Chile had asked for the help.")
    assert _claimants(text) == ["U.S. State Department"] * 2


def test_no_prefix_leaves_the_name_alone():
    assert _claimants("The State Department said Washington would send tents to Chile.") == ["State Department"]


def test_a_lower_case_pronoun_is_no_prefix():
    text = "The State Department said Washington would send tents to Chile, and asked us State Department staff to help."
    assert "us State Department" not in _claimants(text)
