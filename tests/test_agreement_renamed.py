"""An accord named again by a bare definite noun with no stage of its own is no new record (README AG3); the noun
may give the accord told before the first kind that applies (AG4)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.agreement_renamed import renamed_kinds
from kg.model import Agreement, EntityRef, Evidence, SourceDocument

_A = EntityRef("state", "NE", "Niger")
_B = EntityRef("state", "FR", "France")
_C = EntityRef("state", "RU", "Russia")
_EVIDENCE = Evidence("d", 0, 1, "x", 0, 1, "x")


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("renamed", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))


def test_the_pact_named_again_makes_the_deal_a_treaty():
    found = [Agreement((_A, _B), "deal", "declined", _EVIDENCE), Agreement((_A, _C), "deal", "signed", _EVIDENCE)]
    assert [a.kind for a in renamed_kinds(found, [(2, (_B, _A), "treaty")])] == ["treaty", "deal"]


def test_only_records_told_before_and_only_generic_deals_take_the_kind():
    found = [Agreement((_A, _B), "partnership", "signed", _EVIDENCE), Agreement((_A, _B), "deal", "signed", _EVIDENCE)]
    assert [a.kind for a in renamed_kinds(found, [(1, (_A, _B), "treaty")])] == ["partnership", "deal"]
    assert [a.kind for a in renamed_kinds(found, [(2, (_A, _B), "deal")])] == ["partnership", "deal"]


def test_a_standing_pact_is_no_new_record():
    text = ("Niger cancelled a 2014 mining agreement with France on Wednesday. "
            "A government spokesman said the pact was contrary to the national interest.")
    assert _found(text) == [(("France", "Niger"), "treaty", "declined")]


def test_a_pact_signed_later_is_still_a_stage_of_its_own():
    text = "Japan and the Philippines agreed on a defence deal in May. The pact was signed in Manila in July."
    assert {status for _, _, status in _found(text)} == {"agreed", "signed"}
