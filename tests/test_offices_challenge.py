"""The office-holding challenge set (tests/data/challenge/offices.toml): fresh sentences covering the
ways news English ties a person to an office and its state, run through the whole extraction pipeline.

A case marked `xfail` in the file is a construction the extractor cannot handle yet; the mark is
strict, so a case that starts to pass fails until its mark is removed.
`python scripts/offices_challenge.py` prints recall and precision per construction group.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kg.evaluate import fold_name

CASES_FILE = Path(__file__).parent / "data" / "challenge" / "offices.toml"


def load_cases() -> list[dict]:
    return tomllib.loads(CASES_FILE.read_text(encoding="utf-8"))["case"]


def predicted_keys(case: dict) -> set[tuple[str, str, str]]:
    """(person, role, state or organisation) of every office holding the pipeline finds in the case."""
    from kg.extract import extract
    from kg.model import OfficeHolding, SourceDocument

    facts = extract(SourceDocument("challenge", case["text"], date=case.get("date"))).facts_of(OfficeHolding)
    return {(f.holder.label, f.role, f.office_of.label if f.office_of else "") for f in facts}


def _same_person(a: str, b: str) -> bool:
    """As `kg eval` compares persons: equal, or one name's words among the other's ("Xi" / "Xi Jinping")."""
    wa, wb = set(fold_name(a).split()), set(fold_name(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def match(expected: list[list[str]], predicted: set[tuple[str, str, str]]) -> tuple[int, int, int]:
    """True positives, false positives and false negatives of one case."""
    left = list(predicted)
    tp = 0
    for person, role, state in expected:
        hit = next((p for p in left if p[1] == role and fold_name(p[2]) == fold_name(state) and _same_person(p[0], person)),
                   None)
        if hit is not None:
            left.remove(hit)
            tp += 1
    return tp, len(left), len(expected) - tp


def _params():
    for n, case in enumerate(load_cases()):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        yield pytest.param(case, id=f"{n:02d}-{case['group']}", marks=marks)


def test_the_challenge_set_is_well_formed():
    cases = load_cases()
    assert len(cases) >= 50
    roles = tomllib.loads((Path(__file__).parents[1] / "kg" / "rules" / "offices.toml").read_text())["role"]
    for case in cases:
        assert case["expect"], case["text"]
        for person, role, _ in case["expect"]:
            assert role in roles and person in case["text"]


@pytest.mark.parametrize("case", list(_params()))
def test_challenge_case(case):
    predicted = predicted_keys(case)
    expected = {tuple(k) for k in case["expect"]}
    tp, fp, fn = match(case["expect"], predicted)
    assert (fp, fn) == (0, 0), f"expected {sorted(expected)}, found {sorted(predicted)}"
