"""Agreements and meetings on a challenge set of fresh sentences (tests/data/challenge/events.toml), one
case per construction of news English; a case the extractor cannot read yet is a strict xfail naming it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from kg.evaluate import fold_name
from kg.extract import extract
from kg.model import Agreement, Meeting, SourceDocument

CASES = tomllib.loads((Path(__file__).parent / "data" / "challenge" / "events.toml").read_text(encoding="utf-8"))["case"]


def _same(found: str, expected: str) -> bool:
    """Names match folded; a person also where one name's words are among the other's ("Xi" / "Xi Jinping")."""
    a, b = fold_name(found), fold_name(expected)
    return a == b or (bool(a) and (set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split())))


def _matches(found: tuple[str, ...], expected: list[str]) -> bool:
    return len(found) == len(expected) and all(any(_same(f, e) for f in found) for e in expected)


def facts(case: dict) -> tuple[list[dict], list[dict]]:
    """The case's agreements and meetings as the extractor finds them, in the challenge schema."""
    doc = extract(SourceDocument("challenge", case["text"], date=case.get("published")))
    agreements = [{"parties": tuple(p.label for p in a.parties), "kind": a.kind, "status": a.status, "date": a.date}
                  for a in doc.facts_of(Agreement)]
    meetings = [{"participants": tuple(p.label for p in m.participants), "kind": m.kind,
                 "place": m.place.label if m.place else None, "date": m.date} for m in doc.facts_of(Meeting)]
    return agreements, meetings


def score(expected: list[dict], found: list[dict], who: str) -> tuple[int, int, int, int]:
    """(true, false and missed party sets; expected facts matched with every field they give)."""
    hits = [any(_matches(f[who], e[who]) for f in found) for e in expected]
    extra = sum(1 for f in found if not any(_matches(f[who], e[who]) for e in expected))
    full = sum(1 for e in expected if any(_matches(f[who], e[who]) and all(
        f.get(k) == v or (k == "place" and v and f.get(k) and _same(f[k], v))
        or (k == "place" and v == "" and f.get(k) is None)  # place = "": the text gives the meeting no place
        for k, v in e.items() if k != who) for f in found))
    return sum(hits), extra, len(hits) - sum(hits), full


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
        yield pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_challenge_case(case):
    agreements, meetings = facts(case)
    for who, expected, found in (("parties", case.get("agreements", []), agreements),
                                 ("participants", case.get("meetings", []), meetings)):
        _, extra, missed, full = score(expected, found, who)
        assert (missed, extra, full) == (0, 0, len(expected)), (who, found)
        if case.get("exact"):  # no second record of the same parties either (a stage or kind told again)
            assert len(found) == len(expected), (who, found)


def test_cases_are_well_formed():
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) >= 60
    for case in CASES:
        assert case.get("agreements") is not None or case.get("meetings") is not None, case["id"]
        for fact in case.get("agreements", []):
            assert len(fact["parties"]) >= 2 and set(fact) <= {"parties", "kind", "status", "date"}
        for fact in case.get("meetings", []):
            assert set(fact) <= {"participants", "kind", "place", "date"}
