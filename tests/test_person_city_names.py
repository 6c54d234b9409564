"""kg.extract.person_city_names: a one-word town that opens a person's name is a given name, not a place."""

import pytest

from kg.extract import extract
from kg.model import SourceDocument


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.entity.kind) for m in extract(SourceDocument("t", text)).mentions}


@pytest.mark.parametrize("text, name", [
    ("Javier Milei held talks with Santiago Pena in Asuncion.", "Santiago Pena"),
    ("Victoria Nuland met Ukrainian officials in Kyiv.", "Victoria Nuland"),
    ("Jordan Bardella said France would not send troops.", "Jordan Bardella"),
], ids=["santiago", "victoria", "jordan"])
def test_given_name_city_opens_a_name(text, name):
    assert (name, "person") in _mentions(text)


@pytest.mark.parametrize("text, place", [
    ("The delegation flew to Santiago on Monday.", "Santiago"),
    ("Santiago Metro workers went on strike.", "Santiago"),
    ("Supplies from the Jordan Hashemite Charity Organisation arrived.", "Jordan"),
    ("German Chancellor Olaf Scholz arrived in Doha.", "German"),
], ids=["alone", "english-word-after", "body-name", "demonym"])
def test_place_stays(text, place):
    assert any(text_ == place and kind != "person" for text_, kind in _mentions(text))
