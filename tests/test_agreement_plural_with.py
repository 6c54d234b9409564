"""A plural accord noun with "with" and a list names one accord with each listed state, never one between
them (README AG1, AG3)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_plural_with import partners_only, unnamed_side
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text, sentence=-1)


def test_list_after_plural_noun_is_partners_only():
    view = _view("Talks on pacts with France and New Zealand were under way.")
    parties = tuple(m.entity for m in view.actors)
    assert partners_only(view, view.lower.index("pacts") + 1, len(view.lower), parties)


def test_singular_noun_or_outside_party_is_not():
    view = _view("Talks on a pact with France and New Zealand were under way.")
    assert not partners_only(view, view.lower.index("pact") + 1, len(view.lower), tuple(m.entity for m in view.actors))
    view = _view("Japan signed pacts with France and New Zealand.")
    parties = tuple(m.entity for m in view.actors)
    assert not partners_only(view, view.lower.index("pacts") + 1, len(view.lower), parties)


def test_unnamed_side_is_the_first_main_state_not_listed():
    view = _view("Japan signed pacts with France and New Zealand.")
    japan, france, new_zealand = (m.entity for m in view.actors)
    assert unnamed_side((france, new_zealand), (france, japan)) == japan
    assert unnamed_side((france, new_zealand), (france, new_zealand)) is None
