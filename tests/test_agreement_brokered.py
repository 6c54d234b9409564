"""An accord brokered between two sides is theirs, reached (kg.extract.agreement_brokered)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_brokered import brokered_stage


def _stage(text: str, noun: str) -> str | None:
    view = sentence_view(text)
    at = view.lower.index(noun)
    return brokered_stage(view, at, at + 1, len(view.tokens), None)


def test_brokered_before_the_noun():
    assert _stage("Qatar brokered a ceasefire between Israel and Hamas.", "ceasefire") == "agreed"
    assert _stage("Turkey helped broker a grain deal between Russia and Ukraine.", "deal") == "agreed"


def test_brokered_by_after_the_sides():
    assert _stage("The truce between Thailand and Cambodia, brokered by Malaysia, held.", "truce") == "agreed"


def test_still_trying_is_proposed():
    assert _stage("Egypt is trying to broker a truce between Israel and Hamas.", "truce") == "proposed"


def test_no_between_or_no_broker():
    assert _stage("Qatar brokered a ceasefire in Gaza.", "ceasefire") is None
    assert _stage("Qatar welcomed a ceasefire between Israel and Hamas.", "ceasefire") is None
