"""The claim challenge set (tests/data/challenge/claims.toml): fresh wire-style sentences, one per
construction news English uses to attribute a statement, run through the whole extraction pipeline
and compared by (claimant, about) keys the way `kg eval` compares them. A case the extractor cannot
handle yet is a strict xfail naming its construction, so it fails loudly once it starts to pass."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kg.evaluate import _Names
from kg.extract import extract
from kg.model import Claim, SourceDocument

CHALLENGE = Path(__file__).parent / "data" / "challenge" / "claims.toml"


def load_cases(kind: str = "case") -> list[dict]:
    return tomllib.loads(CHALLENGE.read_text(encoding="utf-8"))[kind]


def keys(case: dict) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(expected, predicted) (claimant, about) keys of one case, names folded as `kg eval` folds them."""
    names = _Names([name for pair in case["keys"] for name in pair])
    expected = {(names(c), names(a)) for c, a in case["keys"]}
    facts = extract(SourceDocument("challenge", case["text"], date=case.get("date"))).facts_of(Claim)
    predicted = {(names(c.claimant.label), names(a.label)) for c in facts for a in c.about}
    return expected, predicted


def _params():
    for case in load_cases():
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        yield pytest.param(case, id=case["id"], marks=marks)


def test_the_challenge_set_is_well_formed():
    cases = load_cases()
    assert len(cases) >= 60
    assert len({c["id"] for c in cases}) == len(cases)
    assert all(c["keys"] and all(len(pair) == 2 for pair in c["keys"]) for c in cases)


@pytest.mark.parametrize("case", list(_params()))
def test_claim_keys(case):
    expected, predicted = keys(case)
    assert predicted == expected, f"missed {sorted(expected - predicted)}, extra {sorted(predicted - expected)}"


def stance_keys(case: dict) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(expected, predicted) (claimant, about, stance) keys of a case that gives `stances` (C5)."""
    names = _Names([name for c, a, _ in case["stances"] for name in (c, a)])
    expected = {(names(c), names(a), s) for c, a, s in case["stances"]}
    facts = extract(SourceDocument("challenge", case["text"], date=case.get("date"))).facts_of(Claim)
    return expected, {(names(c.claimant.label), names(a.label), c.stance) for c in facts for a in c.about}


@pytest.mark.parametrize("case", [c for c in load_cases() if "stances" in c], ids=lambda case: case["id"])
def test_claim_stances(case):
    expected, predicted = stance_keys(case)
    assert expected <= predicted, f"missed {sorted(expected - predicted)}, got {sorted(predicted)}"


@pytest.mark.parametrize("case", load_cases("negative"), ids=lambda case: case["why"])
def test_no_claim_in_a_frame_that_says_nothing(case):
    assert not extract(SourceDocument("challenge", case["text"])).facts_of(Claim)
