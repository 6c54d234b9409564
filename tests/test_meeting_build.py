"""One meeting from one trigger's clause (kg.extract.meeting_build)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.event_rules import rules
from kg.extract.meeting_build import build_meeting
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _view(text: str) -> SentenceView:
    doc = extract(SourceDocument("build", text))
    sentence = doc.sentences[0]
    return SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index])


def test_two_states_hold_talks():
    view = _view("Kenya held talks with Uganda on Tuesday.")
    at = view.lower.index("talks")
    meeting = build_meeting(view, (0, len(view.lower)), "talks", rules()["meeting"], "build", None, [], at=at + 1)
    assert meeting is not None
    assert {p.label for p in meeting.participants} == {"Kenya", "Uganda"}


def test_one_side_gives_none():
    view = _view("Kenya held talks on Tuesday.")
    at = view.lower.index("talks")
    assert build_meeting(view, (0, len(view.lower)), "talks", rules()["meeting"], "build", None, [], at=at + 1) is None
