"""Unnamed officials as the side that met two named hosts (kg.extract.meeting_sides.unnamed_subject)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.meeting_sides import unnamed_subject
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _labels(text: str) -> list[str]:
    doc = extract(SourceDocument("unnamed", text))
    sentence = doc.sentences[0]
    view = SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index])
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
