"""States counted back to ("for the three countries") end an aid item (kg.extract.aid_numbered)."""

from kg.extract import extract
from kg.extract.aid_numbered import numbered_states
from kg.extract.view import SentenceView
from kg.model import SourceDocument


def _view(text: str) -> SentenceView:
    return SentenceView(extract(SourceDocument("numbered", text)).sentences[-1], [])


def test_the_counted_countries_and_both_nations_are_read():
    view = _view("It announced $524 million for the three countries and aid for both nations.")
    at = view.lower.index("the")
    assert numbered_states(view, at)
    assert numbered_states(view, view.lower.index("both"))


def test_a_count_of_other_things_is_not():
    view = _view("It announced $524 million for the three programmes.")
    assert not numbered_states(view, view.lower.index("the"))
