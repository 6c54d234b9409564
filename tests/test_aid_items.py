"""The item text of a flow: leading function words go, a quantity's bound stays."""

import pytest

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _items(text):
    return [f.item for f in extract(SourceDocument("t", text)).facts if isinstance(f, AidFlow)]


@pytest.mark.parametrize("text, item", [
    ("Warsaw said on Monday that Poland has sent more than 300 tanks to Ukraine since 2022.", "more than 300 tanks"),
    ("North Korea shipped more than 1,000 containers of munitions to Russia, the White House said.",
     "more than 1,000 containers of munitions"),
    ("Japan will give more aid to Laos next year, its embassy said.", "aid"),
    ("Tokyo said it would provide its further support to Manila.", "support"),
])
def test_item_keeps_bound_and_drops_function_words(text, item):
    assert _items(text) == [item]


def test_item_leaves_out_the_dateline():
    text = "BEIRUT, Aug 28 - A tanker carrying 30,000 tonnes of Algerian fuel oil arrived in Lebanon on Monday."
    assert _items(text) == ["30,000 tonnes of Algerian fuel oil"]


@pytest.mark.parametrize("text, item", [
    ("Qatari gas will be shipped to Germany from 2026, the ministry said.", "gas"),
    ("Iranian oil is being shipped to China in defiance of sanctions.", "oil"),
    ("Russian wheat has also been delivered to Egypt this year.", "wheat"),
])
def test_item_of_a_passive_ends_before_its_auxiliaries(text, item):
    assert _items(text) == [item]


@pytest.mark.parametrize("text, item", [
    ("Kenya received Chinese-built trains in 2017.", "trains"),
    ("Serbia bought Chinese-made drones last year.", "drones"),
])
def test_item_leaves_out_the_rest_of_a_makers_compound(text, item):
    assert _items(text) == [item]


def test_item_of_a_passive_with_only_a_time_after_it_is_its_subject():
    text = ("The United States has given Vietnam $100 million in security aid. "
            "Japan is financing six patrol boats for Vietnam; the first two were delivered in 2023.")
    assert _items(text) == ["$100 million in security aid", "six patrol boats", "first two"]


def test_item_ends_before_an_aside_that_answers_it():
    text = "Poland has offered to supply Germany with oil, a proposal Berlin has so far not taken up."
    assert set(_items(text)) == {"oil"}
