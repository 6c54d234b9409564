"""Pronouns of meetings (kg.extract.meeting_pronoun): whom "he"/"she" refers to, and when the pronoun is a side
next to the persons a sentence names."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.meeting_pronoun import pronoun_subject, referents
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _view(text: str, index: int = 0) -> SentenceView:
    doc = extract(SourceDocument("pronoun", text))
    sentence = doc.sentences[index]
    return SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index])


def _at(view: SentenceView, word: str) -> int:
    return view.lower.index(word) + 1


def test_subject_pronoun_before_the_verb():
    view = _view("He met President Abdel Fattah al-Sisi and Foreign Minister Badr Abdelatty.")
    assert pronoun_subject(view, 0, len(view.tokens), _at(view, "met"))


def test_pronoun_of_a_speech_verb_is_not_a_side():
    view = _view("He said President Xi Jinping and President Vladimir Putin had met.")
    assert not pronoun_subject(view, 0, len(view.tokens), _at(view, "met"))


def test_coordinated_pronoun():
    view = _view("He and Hungarian Prime Minister Viktor Orban met President Xi Jinping.")
    assert pronoun_subject(view, 0, len(view.tokens), _at(view, "met"))


def test_owner_is_a_referent_when_no_one_else_is_named():
    view = _view("The trip is Min Aung Hlaing's first abroad since the warrant.")
    assert [m.entity.label for m in referents(view, [m for m in view.actors if m.entity.kind == "person"])] == [
        "Min Aung Hlaing"]
