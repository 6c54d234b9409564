"""One meeting from one trigger's clause (kg.extract.meeting_build)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.event_rules import rules
from kg.extract.meeting_build import build_meeting
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text, kinds=None)


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
