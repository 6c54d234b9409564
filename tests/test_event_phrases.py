"""Rule-table phrases, governing prepositions and pair words shared by agreements and meetings
(kg.extract.event_phrases)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.event_phrases import governor, pair_words, phrases
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text, kinds=None)


def test_meeting_trigger_found():
    view = _view("Ghana's president held talks with his Togolese counterpart in Accra.")
    found = phrases(view, "meeting", "triggers")
    assert [(view.lower[first], kind) for first, _, kind in found] == [("talks", "talks")]


def test_sentence_without_trigger_gives_none():
    assert phrases(_view("Cocoa prices rose sharply on Tuesday."), "meeting", "triggers") == []


def test_governor_passes_over_the_article():
    view = _view("Chile bought lithium from the United States.")
    mention = next(m for m in view.actors if m.entity.label == "United States")
    assert governor(view, mention) == "from"


def test_pair_words_in_span():
    view = _view("The two leaders met in Geneva.")
    assert pair_words(view, 0, len(view.lower), ["two leaders"])
    assert not pair_words(view, 0, 2, ["two leaders"])
