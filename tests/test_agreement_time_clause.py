"""A time clause with a verb of its own after an accord is another event (kg.extract.agreement_time_clause)."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.agreement_time_clause import after_time_word, any_in_time_clause, before_time_clause, dated_elsewhere
from kg.extract.view import SentenceView
from kg.model import Agreement, SourceDocument

_VERBS = frozenset("terminate lapse suspend cancel sign".split())


def _view(text: str) -> SentenceView:
    doc = extract(SourceDocument("time-clause", text))
    sentence = doc.sentences[0]
    return SentenceView(sentence, [m for m in doc.mentions if m.sentence == sentence.index
                                   and m.entity.kind in ("state", "organisation")])


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("time-clause", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.status) for a in doc.facts_of(Agreement))


def test_the_clause_ends_before_a_time_clause_with_its_own_accord_or_stage():
    view = _view("Mali signed a defence pact with Russia after its agreement with France was terminated.")
    pact, agreement = view.lower.index("pact"), view.lower.index("agreement")
    after = view.lower.index("after")
    assert before_time_clause(view, pact + 1, len(view.tokens), [pact - 1, agreement], _VERBS) == after
    assert after_time_word(view, 0, agreement, [pact - 1, agreement]) == after


def test_a_time_phrase_with_no_verb_or_no_accord_stays_in_the_clause():
    view = _view("Egypt signed a gas deal after months of talks with Israel.")
    deal = view.lower.index("deal")
    assert before_time_clause(view, deal + 1, len(view.tokens), [deal], _VERBS) == len(view.tokens)
    view = _view("Egypt signed a gas deal after tensions with Israel eased.")
    assert before_time_clause(view, deal + 1, len(view.tokens), [deal], _VERBS) == len(view.tokens)


def test_a_date_in_the_time_clause_is_the_other_events():
    view = _view("Ghana signed a loan deal with the IMF, two years after talks broke down in 2022.")
    comma = view.lower.index(",")
    assert dated_elsewhere(view, comma) == view.tokens[comma].start - view.sentence.start
    assert dated_elsewhere(view, len(view.tokens) - 1) is None


def test_any_accord_in_a_time_clause_is_none_named():
    view = _view("Nauru must consult Australia before it signs any bilateral arrangement.")
    at = view.lower.index("before")
    assert any_in_time_clause(view, at, view.lower.index("arrangement"))


def test_the_accord_of_the_time_clause_is_its_own_record():
    assert _found("Colombia signed a trade deal with China after a similar deal with Venezuela was suspended.") == [
        (("China", "Colombia"), "signed"), (("Colombia", "Venezuela"), "declined")]


def test_the_accord_told_before_in_a_time_clause_is_read_there():
    view = _view("Ethiopia said it would reopen its border with Somalia once the treaty is signed.")
    once = view.lower.index("once")
    assert after_time_word(view, 0, view.lower.index("treaty")) == once
    view = _view("Trade stays frozen until Israel accepted a permanent ceasefire.")
    assert after_time_word(view, 0, view.lower.index("ceasefire")) == 0
