"""Unnamed officials as the side that met two named hosts (kg.extract.meeting_sides.unnamed_subject)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.meeting_sides import unnamed_subject


def _labels(text: str) -> list[str]:
    view = sentence_view(text, kinds=None)
    return [e.label for e in unnamed_subject(view, 0, len(view.tokens))]


def test_body_officials_before_the_verb():
    assert _labels("World Bank officials met Finance Minister John Mbadi and Speaker Moses Wetang'ula.") == [
        "World Bank"]


def test_state_delegation_before_the_verb():
    assert _labels("A Chinese delegation met President Yoweri Museveni and Vice President Jessica Alupo.") == ["China"]


def test_reporting_officials_are_no_side():
    assert _labels("According to Indian officials, President Xi Jinping met President Vladimir Putin.") == []


def test_no_meeting_verb_before_the_persons():
    assert _labels("World Bank officials praised Finance Minister John Mbadi and Speaker Moses Wetang'ula.") == []
