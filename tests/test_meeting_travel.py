"""Travel words that tell a visit only with a traveller and a verb that holds (kg.extract.meeting_travel):
"expected in" after a person and a form of "be", and a visit noun whose verb is negated."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.meeting_travel import expected_traveller, visit_denied
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text, kinds=None)


def _at(view: SentenceView, word: str) -> int:
    return view.lower.index(word)


def test_person_is_expected():
    view = _view("Greek Prime Minister Kyriakos Mitsotakis is expected in Ankara on Thursday.")
    assert expected_traveller(view, _at(view, "expected"))


def test_pronoun_is_expected():
    view = _view("She is also expected in Nairobi next week.")
    assert expected_traveller(view, _at(view, "expected"))


def test_thing_is_not_a_traveller():
    view = _view("A decision is expected in Brussels next week, said Finnish Prime Minister Petteri Orpo.")
    assert not expected_traveller(view, _at(view, "expected"))


def test_negated_visit_noun():
    view = _view("Orpo said a visit to Beijing was not planned.")
    assert visit_denied(view, _at(view, "visit") + 1)


def test_visit_noun_with_verb_that_holds():
    view = _view("Orpo said a visit to Beijing was planned for May.")
    assert not visit_denied(view, _at(view, "visit") + 1)


def test_clause_break_stops_the_search():
    view = _view("His visit to Beijing, which critics did not welcome, went ahead.")
    assert not visit_denied(view, _at(view, "visit") + 1)
