"""Unit checks of aid_started (deliveries of the flow in hand starting) and of the lending accords that
aid_contracts reads as approved."""

from __future__ import annotations

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> set[tuple[str, str, str]]:
    return {(f.donor.label, f.recipient.label, f.status)
            for f in extract(SourceDocument("started", text)).facts_of(AidFlow)}


def test_deliveries_beginning_give_the_flow_in_hand_delivered():
    found = _flows("Spain pledged 12 ambulances to Moldova in May. The first deliveries began on Monday.")
    assert found == {("Spain", "Moldova", "pledged"), ("Spain", "Moldova", "delivered")}


def test_a_start_still_to_come_or_of_talks_is_no_delivery():
    assert _flows("Spain pledged 12 ambulances to Moldova. Deliveries will begin in June.") == {
        ("Spain", "Moldova", "pledged")}
    assert _flows("Spain pledged 12 ambulances to Moldova. Talks began in June.") == {
        ("Spain", "Moldova", "pledged")}


def test_deliveries_beginning_with_no_flow_in_hand_give_nothing():
    assert _flows("Deliveries began on Monday, the ministry said.") == set()


def test_a_lending_accord_signed_is_approved_a_trade_accord_is_not():
    assert ("Kuwait", "Jordan", "approved") in _flows(
        "Kuwait lent Jordan $300 million in 2021. The two sides signed a new loan agreement on Tuesday.")
    assert ("Kuwait", "Jordan", "approved") not in _flows(
        "Kuwait lent Jordan $300 million in 2021. The two sides signed a trade agreement on Tuesday.")
