"""A meeting told in the attribution after a statement starts at the speaker (kg.extract.meeting_reported)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.meeting_reported import speaker_start
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text, kinds=None)


def _start(text: str) -> int:
    view = _view(text)
    return speaker_start(view, 0, view.lower.index("meeting") + 1)


def test_told_reporters_after_meeting_starts_at_the_speaker():
    text = "Trade between Peru and Chile fell, Boluarte told reporters after meeting miners."
    assert _view(text).lower[_start(text)] == "boluarte"


def test_said_after_meeting_starts_at_the_speaker():
    text = "Ties are strong, the minister said after meeting students."
    assert _view(text).lower[_start(text)] == "the"


def test_speaker_opening_the_sentence_keeps_the_clause():
    assert _start("Boluarte said after meeting miners that trade with Chile fell.") == 0


def test_no_speech_verb_keeps_the_clause():
    assert _start("Peru and Chile signed a deal, a week after meeting in Lima.") == 0
