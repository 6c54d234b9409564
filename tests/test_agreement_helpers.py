"""Who helps two sides reach an accord is no party to it (kg.extract.agreement_helpers)."""

from __future__ import annotations

from conftest import sentence_view
from kg.extract.agreement_helpers import helper_actor
from kg.extract.view import SentenceView


def _view(text: str) -> SentenceView:
    return sentence_view(text)


def _helpers(text: str) -> list[str]:
    view = _view(text)
    return [m.entity.label for m in view.actors if helper_actor(view, m)]


def test_helper_before_two_sides_reaching_a_truce():
    assert _helpers("Egypt helped Israel and Hamas reach a truce.") == ["Egypt"]


def test_coordinated_helpers_and_to():
    assert _helpers("Norway and Cuba helped Colombia and Venezuela to sign a border deal.") == ["Norway", "Cuba"]


def test_the_two_sides():
    assert _helpers("Qatar helped the two sides agree a ceasefire.") == ["Qatar"]


def test_help_with_no_sides_before_the_verb():
    assert _helpers("Ghana and Togo signed a deal to help traders reach new markets.") == []
    assert _helpers("Kenya helped build a road in Uganda.") == []


def test_who_congratulates_the_sides_on_their_accord():
    assert _helpers("Turkey congratulated Armenia and Azerbaijan on the peace treaty.") == ["Türkiye"]
    assert _helpers("Turkey thanked Armenia for its support.") == ["Türkiye"]
    assert _helpers("Turkey congratulated Armenia.") == []
