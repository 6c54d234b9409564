""""The two sides" after a body and a state named earlier in their own sentence are that pair, not the pair of
the accord told in the sentence before (README AG1)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Agreement, SourceDocument

_TEXT = ("Japan signed a $1 billion currency swap deal with Sri Lanka on Tuesday. The news came as a World Bank "
         "team was in Colombo to review the $500 million loan agreement the two sides signed in June.")


def test_two_sides_are_the_body_and_state_of_their_sentence():
    doc = extract(SourceDocument("pair", _TEXT))
    found = sorted(tuple(sorted(p.label for p in a.parties)) for a in doc.facts_of(Agreement))
    assert found == [("Japan", "Sri Lanka"), ("Sri Lanka", "World Bank")]


def _pairs(text: str) -> list[tuple[str, ...]]:
    doc = extract(SourceDocument("pair", text))
    return sorted(tuple(sorted(p.label for p in a.parties)) for a in doc.facts_of(Agreement))


def test_two_countries_after_a_pair_named_with_between_in_the_sentence_before():
    text = ("The United States brokered talks between Israel and Lebanon on Tuesday. "
            "The two countries agreed a ceasefire on Wednesday.")
    assert _pairs(text) == [("Israel", "Lebanon")]


def test_an_accord_told_before_comes_first_when_the_sentence_before_names_no_pair():
    text = ("Israel and Lebanon signed a maritime border deal in Naqoura. The talks lasted two days. "
            "The two countries also agreed a ceasefire.")
    assert set(_pairs(text)) == {("Israel", "Lebanon")}


def test_the_pair_of_the_sentence_right_before_comes_before_an_accord_told_earlier():
    text = ("Israel and Lebanon signed a maritime border deal in Naqoura. Ties between Russia and Ukraine were "
            "discussed too. The two countries also agreed a ceasefire.")
    assert set(_pairs(text)) == {("Israel", "Lebanon"), ("Russia", "Ukraine")}


def test_two_countries_are_the_clause_party_and_the_other_state_of_its_sentence():
    text = ("Turkish President Recep Tayyip Erdogan met Pakistani Prime Minister Shehbaz Sharif in Ankara. "
            "New Delhi accused Pakistan of involvement and announced the suspension of its participation in the "
            "Indus Waters Treaty, a water-sharing accord between the two countries.")
    assert _pairs(text) == [("India", "Pakistan")]


def test_two_countries_after_the_pair_that_opens_the_sentence_before():
    text = ("Russia has criticised the plan. Turkey and Azerbaijan held talks in Baku on Monday. "
            "The two countries signed an agreement on a new gas pipeline.")
    assert _pairs(text) == [("Azerbaijan", "Türkiye")]


def test_a_pair_in_a_phrase_of_the_sentence_before_is_no_opener():
    text = ("Germany named the pair most often. Germany imports gas. Germany also buys oil. "
            "In Turkey and Azerbaijan, officials held talks. The two countries signed an agreement.")
    assert ("Azerbaijan", "Türkiye") not in _pairs(text)
