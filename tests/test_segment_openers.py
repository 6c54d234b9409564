"""kg.extract.segment: a capitalised participle opening a sentence gets the lemma of its lower-case form."""

from kg.extract import extract
from kg.model import SourceDocument


def _lemmas(text: str) -> list[tuple[str, ...]]:
    return [s.lemmas for s in extract(SourceDocument("t", text)).sentences]


def test_opening_participle_is_lemmatised():
    first, second = _lemmas("Arriving in Hanoi, he spoke. Visiting Kyiv, she spoke.")
    assert first[0] == "arrive" and second[0] == "visit"


def test_opening_names_and_other_words_are_left_as_found():
    (lemmas,) = _lemmas("Sterling rose on Monday.")
    assert lemmas[0] == "sterling"
