"""An agreement noun after "no", or an accord that "could not be reached", is no accord made (README AG1);
the verb after "no agreement" gives no stage to a deal named before it in the clause."""

from __future__ import annotations

from kg.extract import extract
from kg.extract.agreement_none import before_none, could_not, no_accord
from kg.extract.view import SentenceView
from kg.model import Agreement, SourceDocument


def _found(text: str) -> list[tuple]:
    doc = extract(SourceDocument("none", text))
    return sorted((tuple(sorted(p.label for p in a.parties)), a.kind, a.status) for a in doc.facts_of(Agreement))


def _view(text: str) -> SentenceView:
    doc = extract(SourceDocument("none", text))
    return SentenceView(doc.sentences[-1], [])


def test_no_before_the_noun_over_modifiers():
    view = _view("There would be no new long-term transit contract.")
    assert no_accord(view, view.lower.index("contract")) == view.lower.index("no")
    assert no_accord(view, view.lower.index("transit")) == view.lower.index("no")


def test_a_name_or_comma_between_stops_the_search():
    view = _view("There was no, agreement.")
    assert no_accord(view, view.lower.index("agreement")) is None
    view = _view("No Russia deal.")
    assert no_accord(view, view.lower.index("deal")) is None


def test_clause_ends_before_the_negated_noun():
    view = _view("Kenya and Uganda held talks on a pipeline deal but no agreement was reached.")
    deal, agreement = view.lower.index("deal"), view.lower.index("agreement")
    nouns = [(deal, deal + 1, "deal"), (agreement, agreement + 1, "deal")]
    assert before_none(view, deal + 1, len(view.lower), nouns) == view.lower.index("but")


def test_could_not_be_reached():
    view = _view("An agreement could not be reached.")
    assert could_not(view, 0, len(view.lower), frozenset({"reach"}))
    assert not could_not(_view("An agreement could be reached."), 0, 5, frozenset({"reach"}))


def test_no_deal_was_signed_gives_no_accord():
    assert _found("Egypt and Ethiopia held talks, but no deal was signed.") == []
