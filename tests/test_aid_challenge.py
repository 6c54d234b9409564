"""The aid challenge set (tests/data/challenge/aid.toml): fresh wire-style sentences, one per
construction news English uses for aid, sales, loans and supply, run through the whole pipeline.

A case the extractor cannot read yet carries ``xfail`` naming the construction; it is marked
xfail(strict=True), so the mark must go as soon as the case passes.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument

CASES = tomllib.loads((Path(__file__).parent / "data" / "challenge" / "aid.toml").read_text(encoding="utf-8"))["case"]


def _keys(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status) for f in extract(SourceDocument("c", text)).facts_of(AidFlow)}


def _param(case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, id=f"{case['group']}:{case['id']}", marks=marks)


def test_the_set_is_large_and_its_ids_unique():
    assert len(CASES) >= 60
    assert len({c["id"] for c in CASES}) == len(CASES)
    assert all(len(k) == 3 for c in CASES for k in c["expect"] + c.get("optional", []))


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_challenge_case(case):
    found = _keys(case["text"])
    optional = {tuple(k) for k in case.get("optional", [])}
    assert found - optional == {tuple(k) for k in case["expect"]}
