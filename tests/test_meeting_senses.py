"""Meeting trigger words in another sense tell no meeting (README M1): "host" as a noun, "was in" with no
place, "by telephone" after a statement to the press."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.meeting_senses import host_noun, other_sense, state_not_place, told_the_press
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _view(text: str) -> SentenceView:
    doc = extract(SourceDocument("senses", text))
    sentence = doc.sentences[-1]
    return SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index and m.entity.kind != "place"])


def _at(view: SentenceView, word: str) -> int:
    return view.lower.index(word)


def test_host_after_a_determiner_or_before_a_noun_is_a_noun():
    view = _view("The television host Tucker Carlson knows the host country well.")
    hosts = [j for j, w in enumerate(view.lower) if w == "host"]
    assert [host_noun(view, j) for j in hosts] == [True, True]


def test_host_after_a_subject_or_auxiliary_is_a_verb():
    view = _view("Egypt will host Jordan's King Abdullah, and Qatar hosts talks on Gaza.")
    assert not host_noun(view, _at(view, "host")) and not host_noun(view, _at(view, "hosts"))


def test_was_in_before_a_lower_case_word_is_no_visit():
    view = _view("A truce brokered by Egypt was in force.")
    j = _at(view, "was")
    assert state_not_place(view, j, j + 2)
    view = _view("Jaishankar was in Moscow and was in the capital again later.")
    assert not any(state_not_place(view, j, j + 2) for j, w in enumerate(view.lower) if w == "was")


def test_by_telephone_after_a_statement_to_the_press_is_no_call():
    view = _view("Daniel Okoro, an aide to Finance Minister Grace Mensah, told Reuters by telephone.")
    j = _at(view, "by")
    assert told_the_press(view, j, j + 2) and other_sense(view, j, j + 2)
    view = _view("French President Emmanuel Macron told Ukrainian President Volodymyr Zelenskiy by telephone that aid was coming.")
    j = _at(view, "by")
    assert not told_the_press(view, j, j + 2)


def test_a_verb_of_meeting_after_a_hedging_modal_is_a_guess():
    view = _view("Analysts say Ruto could meet Xi, and Putin may also visit India.")
    assert other_sense(view, _at(view, "meet"), _at(view, "meet") + 1)
    assert other_sense(view, _at(view, "visit"), _at(view, "visit") + 1)
    view = _view("Ruto will meet Xi on Friday.")
    assert not other_sense(view, _at(view, "meet"), _at(view, "meet") + 1)


def test_talks_asked_for_are_no_meeting():
    view = _view("Erdogan spoke of the need for constructive dialogue, and Guterres called for talks.")
    assert other_sense(view, _at(view, "dialogue"), _at(view, "dialogue") + 1)
    assert other_sense(view, _at(view, "talks"), _at(view, "talks") + 1)
    view = _view("Ruto flew to Beijing for talks with Xi.")
    assert not other_sense(view, _at(view, "talks"), _at(view, "talks") + 1)
