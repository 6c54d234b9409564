"""A subject's second verb phrase ("met X on Monday and visited Y", "and will travel to Z") is another act: the
meeting's clause ends before it (README M1, M3: the place and kind are the meeting's own)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.meeting_predicates import own_predicate, verb_after_and
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _view(text: str) -> SentenceView:
    doc = extract(SourceDocument("predicates", text))
    sentence = doc.sentences[-1]
    return SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index and m.entity.kind != "place"])


def test_and_before_a_verb_opens_a_verb_phrase():
    view = _view("Ruto met Kim on Wednesday and then flew to Busan and visited a yard and is due in Tokyo.")
    ands = [j for j, w in enumerate(view.lower) if w == "and"]
    assert [verb_after_and(view, j) for j in ands] == [True, True, True]


def test_and_in_a_list_opens_none():
    view = _view("Kenya and Uganda discussed trade and related issues.")
    assert not any(verb_after_and(view, j) for j, w in enumerate(view.lower) if w == "and")


def test_clause_of_the_first_act_ends_before_the_second():
    view = _view("Kenyan President William Ruto met Prime Minister Kim Min-seok on Wednesday and visited a shipyard in Ulsan.")
    met, also = view.lower.index("met"), view.lower.index("and")
    assert own_predicate(view, met, (0, len(view.lower)), "talks") == ((0, also), None)


def test_a_when_clause_keeps_the_whole_clause():
    view = _view("The pair last met in Ankara, when he was still minister and had yet to be sworn in.")
    clause = (0, len(view.lower))
    assert own_predicate(view, view.lower.index("met"), clause, "talks") == (clause, None)


def test_a_fronted_place_does_not_hide_the_subject():
    doc = extract(SourceDocument("predicates", "In Moscow, Indian Prime Minister Narendra Modi met Russian President "
                                               "Vladimir Putin and held talks with Prime Minister Mikhail Mishustin."))
    from kg.model import Meeting
    assert sorted(tuple(p.label for p in m.participants) for m in doc.facts_of(Meeting)) == [
        ("Narendra Modi", "Mikhail Mishustin"), ("Narendra Modi", "Vladimir Putin")]
