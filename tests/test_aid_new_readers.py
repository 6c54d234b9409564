"""Small unit checks of this session's aid readers: a refusal with no object (aid_refused_alone), a loan
approved by the getter's own body (aid_body_approval), a design origin that is no actor (aid_design_origin)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> set[tuple[str, str, str]]:
    doc = extract(SourceDocument("readers", text))
    return {(f.donor.label, f.recipient.label, f.status) for f in doc.facts_of(AidFlow)}


def test_a_getter_refusing_with_no_object_declines_the_offer_in_hand():
    found = _flows("Japan offered rescue teams to Nepal after the quake. Kathmandu declined.")
    assert ("Japan", "Nepal", "declined") in found


def test_a_refusal_with_an_object_or_by_a_third_state_is_not_read_here():
    found = _flows("Japan offered rescue teams to Nepal after the quake. India declined to comment.")
    assert not any(status == "declined" for _, _, status in found)


def test_a_loan_ratified_by_the_getters_parliament_is_the_lenders():
    found = _flows("Kenya's parliament ratified a $500 million loan from the World Bank on Tuesday.")
    assert found == {("World Bank", "Kenya", "approved")}


def test_repaying_a_loan_is_no_new_loan():
    assert not any(status == "approved" for *_, status in _flows(
        "Kenya's cabinet approved a plan to repay the loan from China over ten years."))


def test_a_design_origin_neither_gives_nor_gets():
    found = _flows("Russia delivered two helicopters to Mali. The Soviet-designed machines can be armed.")
    assert all("Soviet Union" not in (donor, recipient) for donor, recipient, _ in found)
    assert ("Russia", "Mali", "delivered") in found
