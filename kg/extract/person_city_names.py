"""A city's name that opens a person's name is no place: "Santiago Pena", "Victoria Nuland".

Many capitals and towns carry a given name (Santiago, Victoria, Kingston, Florence), and the gazetteers
read each as its city, or as the state whose capital it is ("Santiago" for Chile). Right before another
name word that no gazetteer claims and that is a surname or no English word, and not after a word of
place ("in Santiago ..."), the word is a given name and the mention is dropped, so that the person
rules find the whole name ("Paraguayan President Santiago Pena"). "Victoria Falls", "Santiago Metro" or
"Kingston, Jamaica" keep their city. No names are listed.
"""

from __future__ import annotations

from kg.extract.name_spans import NON_PERSON_TAILS, name_run
from kg.extract.names import NOT_PERSON_WORDS, is_english_word, is_given_name, is_surname
from kg.extract.places import load_places
from kg.model import Mention, Sentence

_PLACE_WORDS = frozenset("in at to from near via of outside inside into across around toward towards".split())


def _opens_a_name(sentence: Sentence, mention: Mention, claimed: set[int]) -> bool:
    tokens = sentence.tokens
    nxt = mention.last
    if mention.last - mention.first != 1 or nxt >= len(tokens) or nxt in claimed:
        return False
    if not is_given_name(mention.text) or not tokens[mention.first].space_after:
        return False
    if mention.first > 0 and tokens[mention.first - 1].lower in _PLACE_WORDS:
        return False  # "talks in Santiago Monday" is no name, however written
    end = name_run(sentence, nxt, claimed)
    words = [t.text for t in tokens[nxt:end]]
    if not 1 <= end - nxt <= 2 or tokens[end - 1].text in NON_PERSON_TAILS or (end < len(tokens) and tokens[end].text[:1].isupper()):
        return False  # "Jordan Hashemite Charity Organisation": a body's name
    return all(w.isalpha() and not w.isupper() and w not in NOT_PERSON_WORDS and (is_surname(w) or not is_english_word(w))
               for w in words)


def drop_given_name_cities(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* without the one-word places and states that open a person's name."""
    claimed: dict[int, set[int]] = {}
    for m in mentions:
        claimed.setdefault(m.sentence, set()).update(range(m.first, m.last))
    return tuple(m for m in mentions if not (
        m.entity.kind in ("place", "state") and m.text in load_places().city_names  # a town: not "India", "German"
        and _opens_a_name(sentences[m.sentence], m, claimed.get(m.sentence, set()))))
