"""Persons named without a title: name lists plus context cues.

:mod:`kg.extract.persons` finds persons from office titles, appositives and speech verbs. This
module adds the persons an article names bare, from general evidence only (no names listed):

* a run of capitalised words that starts with a known given name: "a Fidel Castro", "Elon Musk";
* an honorific before a name: "Mr Sunak", "Ms. Baerbock", "Dr Tedros";
* a possessive: "Trump's efforts", "Musk's DOGE" (not "Cuba's", "Monday's", "the Kremlin's");
* a surname in a compound that refers to a person: "Kissinger-inspired", "Obama-era";
* coordination with a person already known in the document: "Putin and Trump", "Modi, Sharif".

States, organisations and places were found first and are never persons; months, weekdays and
institution words are not either, and a sentence-initial word needs to be a known name.
"""

from __future__ import annotations

from kg.extract.names import NOT_PERSON_WORDS, is_english_word, is_given_name, is_surname
from kg.extract.name_spans import NON_PERSON_TAILS as _NON_PERSON_TAILS
from kg.extract.name_spans import NOT_NAMES as _NOT_NAMES
from kg.extract.name_spans import is_name_token as _is_name_token
from kg.extract.name_spans import name_run as _name_run
from kg.extract.name_spans import HONORIFICS, name_start, opening_particles
from kg.extract.persons import PersonFind, person_mention
from kg.extract.places import load_places
from kg.model import Sentence

_POSSESSIVE = ("'s", "’s")
_COMPOUND_TAILS = frozenset("inspired era style esque type brokered ordered authored".split())  # not "-like"
_DETERMINERS = frozenset("the a an this that these those its their our his her".split())
def _glued(sentence: Sentence, i: int) -> bool:
    """Is token *i* the tail of a hyphenated word ("Alt-Media")?"""
    tokens = sentence.tokens
    return i > 1 and tokens[i - 1].text == "-" and not tokens[i - 2].space_after and not tokens[i - 1].space_after


def title_case_heading(sentence: Sentence) -> bool:
    """A headline in title case, where capitals say nothing about names."""
    if not sentence.heading:
        return False
    words = [t.text for t in sentence.tokens if t.text.isalpha() and len(t.text) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _plain(word: str) -> bool:
    """A capitalised word that may be a name: not a stop word, month, weekday or institution."""
    return word not in NOT_PERSON_WORDS and word.lower() not in _NOT_NAMES


_NAMED_AFTER = frozenset("pipeline bridge airport port dam refinery oilfield stadium university hospital school "
                         "foundation avenue street highway canal station terminal corridor doctrine".split())
# "the Antonio Ricaurte Trans-Caribbean pipeline", "the Nelson Mandela bridge": a thing named after a person
_ORG_COMPOUNDS = frozenset("led backed owned run linked based controlled affiliated aligned funded allied".split())


def organisation_like(sentences: tuple[Sentence, ...]) -> set[str]:
    """Capitalised words a document treats as a body, not a person: "Hamas-led", "the Pentagon",
    "Pemex's own filings, its subsidiary"."""
    found: set[str] = set()
    for sentence in sentences:
        tokens = sentence.tokens
        for i in sentence.capitalised:
            token = tokens[i]
            followed_by_name = i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
            if i > 0 and tokens[i - 1].lower == "the" and not followed_by_name:
                found.add(token.text)
            if i + 2 < len(tokens) and tokens[i + 1].text == "-" and tokens[i + 2].lower in _ORG_COMPOUNDS:
                found.add(token.text)
            if i + 1 < len(tokens) and tokens[i + 1].text in _POSSESSIVE \
                    and any(t.lower in ("its", "it") for t in tokens[i + 2:i + 9]):
                found.add(token.text)
    return found


def cued_persons(sentence: Sentence, taken: set[int], *, not_persons: frozenset[str] | set[str] = frozenset()
                 ) -> list[PersonFind]:
    """Persons of one sentence found by given names, honorifics, possessives and compounds."""
    if title_case_heading(sentence):
        return []
    tokens = sentence.tokens
    found: list[PersonFind] = []

    def add(first: int, last: int) -> None:
        first = opening_particles(sentence, first, taken)
        found.append(PersonFind(person_mention(sentence, first, last, "name")))
        taken.update(range(first, last))

    i = 0
    for start in sentence.capitalised:  # a name starts with a capital
        if start < i:
            continue
        i = start
        text = tokens[i].text
        if i in taken:
            continue
        if text in HONORIFICS and i + 1 < len(tokens):
            end = _name_run(sentence, i + 1, taken, limit=3)
            if end > i + 1:
                add(i + 1, end)
                i = end
                continue
        if _is_name_token(sentence, i, taken) and is_given_name(text) and not _glued(sentence, i) \
                and tokens[i].space_after:  # "Almaz-Antey" is one word, not a given name and a surname
            end = _name_run(sentence, i, taken, limit=4)
            # a given name that is also a word ("Will", "Grant") needs a name-only word after it or a
            # place inside the sentence: "Can Lay..." opening a sentence is no person
            if end - i >= 2 and tokens[end - 1].text not in _NON_PERSON_TAILS \
                    and not (end < len(tokens) and tokens[end].lower in _NAMED_AFTER) \
                    and all(_plain(t.text) for t in tokens[i:end]) \
                    and (not is_english_word(text) or i > 0 or not is_english_word(tokens[i + 1].text)):
                add(_surname_before(sentence, i, taken), end)
                i = end
                continue
        i += 1
    for i in sentence.capitalised:
        if i >= len(tokens) - 1:
            break
        if tokens[i + 1].text in _POSSESSIVE and _possessor(sentence, i, taken, not_persons):
            first = name_start(sentence, i + 1, taken)
            while first < i and not _plain(tokens[first].text):
                first += 1
            add(first, i + 1)
        elif i + 2 < len(tokens) and tokens[i + 1].text == "-" and not tokens[i].space_after \
                and tokens[i + 2].lower in _COMPOUND_TAILS and _is_name_token(sentence, i, taken) \
                and _plain(tokens[i].text) and (is_surname(tokens[i].text) or not is_english_word(tokens[i].text)):
            add(i, i + 1)  # "Kissinger-inspired pragmatism", "an Obama-era rule"
    return found


def _surname_before(sentence: Sentence, i: int, taken: set[int]) -> int:
    """Start of a name whose given name is at *i*, over one name word before it that is no English word or a
    surname, written first ("Yoon Suk Yeol", "Pham Minh Chinh"); *i* when there is none."""
    tokens = sentence.tokens
    j = i - 1
    if j < 0 or j in taken or not _is_name_token(sentence, j, taken) or _glued(sentence, j):
        return i
    word = tokens[j].text
    if word in HONORIFICS or not _plain(word) or (is_english_word(word) and not is_surname(word)):
        return i
    if j > 0 and (_is_name_token(sentence, j - 1, taken) or tokens[j - 1].text == "-"):
        return i  # a longer capitalised phrase: no telling where the name starts
    return j


def _possessor(sentence: Sentence, i: int, taken: set[int], not_persons) -> bool:
    """Is the capitalised word before "'s" a person ("Trump's", "Musk's"), as far as cues tell?
    Not when the document treats it as a body elsewhere, nor when it is a town's name and no
    surname ("Male's repayments": the capital of the Maldives)."""
    tokens = sentence.tokens
    text = tokens[i].text
    if not _is_name_token(sentence, i, taken) or not _plain(text) or text in not_persons:
        return False
    if text in load_places().city_names and not is_surname(text):
        return False
    j = i
    while j > 0 and _is_name_token(sentence, j - 1, taken):
        j -= 1
    if j > 0 and tokens[j - 1].lower in _DETERMINERS:
        return False  # "the Kremlin's", "this Government's"
    known = is_given_name(text) or is_surname(text)
    if j == 0 or tokens[j - 1].text in ('"', "“", "‘", "(", "—", ":"):
        return known or not is_english_word(text)  # sentence-initial: "Today's" is no person
    return True


def coordinated_persons(sentence: Sentence, taken: set[int], known_words: set[str]) -> list[PersonFind]:
    """"Putin and Trump", "Trump, Putin and their diplomats": a capitalised name joined to a person
    the document already names is a person too."""
    if title_case_heading(sentence):
        return []
    tokens = sentence.tokens
    found: list[PersonFind] = []
    for i in [i for i, word in enumerate(sentence.lowers) if word in ("and", "or", ",", "&")]:
        token = tokens[i]
        if i == 0 or i + 1 >= len(tokens):
            continue
        left, right = tokens[i - 1].text, tokens[i + 1].text
        candidates = []
        if left in known_words and (i + 1) not in taken:
            end = _name_run(sentence, i + 1, taken, limit=3)
            if end > i + 1:
                candidates.append((i + 1, end))
        if right in known_words and (i - 1) not in taken:
            start = name_start(sentence, i, taken)
            if _is_name_token(sentence, i - 1, taken):
                candidates.append((start, i))
        for first, last in candidates:
            words = [t.text for t in tokens[first:last]]
            if any(w in known_words for w in words) or not all(_plain(w) for w in words):
                continue
            if first > 0 and tokens[first - 1].lower in _DETERMINERS:
                continue  # "the Great Hall of the People, Xi said"
            named = is_given_name(words[0]) or is_surname(words[-1])
            if token.text == "," and not named:
                continue  # "her residence, Gonobhaban, Hasina said": a comma also opens appositives
            if first == 0 and not (named or not is_english_word(words[0])):
                continue
            found.append(PersonFind(person_mention(sentence, first, last, "name")))
            taken.update(range(first, last))
    return found
