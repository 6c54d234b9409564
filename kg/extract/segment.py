"""Segmentation and gazetteer mentions in one spaCy pass.

spaCy's English tokenizer and a PhraseMatcher holding the gazetteers run over each kept
block; sentences are split by the rule of spaCy's Sentencizer and lemmas come from its
lookup table (spacy-lookups-data). The output is turned into :mod:`kg.model` objects with
offsets into the original text, so no spaCy object leaves this module. spaCy is imported lazily:
it costs about a second, and ``kg --help`` or ``kg query`` never need it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, NamedTuple

from kg.extract.gazetteer import Gazetteer, OrgEntry, RoleEntry, load_gazetteer
from kg.extract.state_bodies import state_funds
from kg.model import CleanDocument, Mention, Sentence, Title, Token


# Words that open a sentence and rarely follow an abbreviation inside one: after "X." or "U.S." they
# start a new sentence ("George W. Bush", "U.S. Army", "Jan. 5" are left alone).
_SENTENCE_OPENERS = frozenset("The A An He She It They We I In But This That These Those His Her Its Their Our "
                              "There Yet Meanwhile However Earlier Later".split())
# Abbreviated ranks and titles the tokenizer's own table lacks: their stop ends no sentence.
_TITLE_ABBREVIATIONS = tuple(f"{word}." for word in "Lt Col Maj Capt Cmdr Brig Sgt Cpl Pvt Amb Pres Hon Supt Insp Gens Reps "
                             "Sens".split()) + ("Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.", "Lt.-Col.")
# The social platform at a sentence's end ("wrote on X."), which the tokenizer keeps with its stop as if it
# were an initial: after "on" or "via" it is no initial, so any capitalised word after it opens a sentence.
_PLATFORM = "X."
_BEFORE_PLATFORM = frozenset("on via".split())


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")  # the tokenizer; sentences and mentions are found in segment()
    for abbreviation in _TITLE_ABBREVIATIONS:  # "Lt. Gen. Kyrylo Budanov said": no sentence ends after "Lt."
        nlp.tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    return nlp


@lru_cache(maxsize=1)
def _sentence_punct() -> frozenset[str]:
    """The characters that end a sentence: those of spaCy's rule-based Sentencizer."""
    from spacy.pipeline import Sentencizer

    return frozenset(Sentencizer.default_punct_chars)


@lru_cache(maxsize=1)
def _matcher() -> Any:
    """A PhraseMatcher over the gazetteer forms, each keyed "LABEL<TAB>id".

    spaCy's EntityRuler does the same matching but counts all its patterns on every call
    (a tenth of the whole ingest); the longest-first choice among overlapping matches is
    the same (:func:`spacy.util.filter_spans`).
    """
    from spacy.matcher import PhraseMatcher

    nlp = _nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    by_key: dict[str, list[str]] = {}
    for pattern in _patterns(load_gazetteer()):
        by_key.setdefault(f"{pattern['label']}\t{pattern['id']}", []).append(pattern["pattern"])
    for key, forms in by_key.items():
        matcher.add(key, list(nlp.tokenizer.pipe(forms)))
    # When one span matches several keys ("US", "Thai": a state's name and its demonym), the name
    # wins, then the key declared first: the choice never depends on the matcher's internal order
    # (with the EntityRuler it did; on dev the name scores as well as that mix, the demonym lower).
    rank = {nlp.vocab.strings[key]: (key.startswith("STATE\tdemonym:"), n) for n, key in enumerate(by_key)}
    return matcher, rank


class _Lemmas(dict):
    """Word -> lemma, filled from spaCy's lookup table the first time a word is seen: a plain dict
    look-up per token instead of the table's hashing ``get`` (a tenth of segmentation time). It grows
    with the vocabulary seen, a few megabytes for a large corpus."""

    def __init__(self, table: Any):
        super().__init__()
        self.table = table

    def __missing__(self, word: str) -> str:
        lemma = self[word] = self.table.get(word, word)
        return lemma


class _Words(dict):
    """spaCy string id -> (text, lemma, lower case, lemma in lower case, capitalised, length, ends a sentence,
    may end or open one, punctuation), each worked out the first time a word is seen: one dict look-up per
    token instead of several string-store, lexeme and table look-ups, and the lower-cased forms every
    extraction stage reads (``Sentence.lowers``, ``Sentence.lemmas``) come ready. Grows with the vocabulary
    seen, as :class:`_Lemmas` does."""

    def __init__(self, vocab: Any, lemmas: _Lemmas):
        super().__init__()
        self.vocab = vocab
        self.lemmas = lemmas

    def __missing__(self, orth: int) -> tuple[str, str, str, str, bool, int, bool, bool, bool]:
        lexeme = self.vocab[orth]
        word = lexeme.orth_
        lemma = self.lemmas[word]
        ender = word in _sentence_punct()
        entry = self[orth] = (word, lemma, word.lower(), lemma.lower(), word[:1].isupper(), len(word), ender,
                              ender or word in _SENTENCE_OPENERS or word == _PLATFORM, lexeme.is_punct)
        return entry


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(_nlp().vocab, lookup_lemmas())


@lru_cache(maxsize=1)
def lookup_lemmas() -> _Lemmas:
    """spaCy's English lookup lemmatizer table (spacy-lookups-data), applied while converting tokens:
    the same lemmas as its ``lemmatizer`` pipe in lookup mode, without a second pass over each token."""
    from spacy.lookups import load_lookups

    return _Lemmas(load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup"))


def _patterns(gazetteer: Gazetteer) -> list[dict[str, str]]:
    patterns = [
        {"label": "STATE", "pattern": text, "id": f"{how}:{key}"} for text, how, key in gazetteer.surface_forms()
    ]
    for org in gazetteer.organisations:
        patterns.extend({"label": "ORG", "pattern": form, "id": org.key} for form in org.forms)
    for role in gazetteer.roles:
        for form in role.forms:
            patterns.append({"label": "TITLE", "pattern": form, "id": role.key})
            if form.lower() != form and len(form) > 3:
                patterns.append({"label": "TITLE", "pattern": form.lower(), "id": role.key})
    return patterns


_PLACE_NOUNS = frozenset("Ocean Sea Gulf Peninsula Strait Basin Plateau Delta River Valley Airlines Airways Railways".split())
_NAME_TAILS = frozenset("News Times Daily Today Post Herald Agency Institute International Telegraph Tribune Journal "
                        "Gazette Broadcasting Television Radio Press Review Independent Standard Observer".split())


_REGION_WORDS = frozenset("Latin South North Central Pan Anglo".split())
_WATERS = frozenset(["Lake"])


def _given_name_of(how: str, word: str, next_word: str, previous: str) -> bool:
    """Is a state's name followed by a surname ("Israel Katz", "Jordan Peterson") a given name? Not after
    a preposition or article ("Ambassador to Bangladesh Iwama Kiminori"). A demonym is one only right
    after an office word and if it is a given name too ("Energy Minister German Galushchenko"; not
    "British Steel")."""
    from kg.extract.names import is_english_word, name_lists

    given, surnames = name_lists()
    if not next_word[:1].isupper() or previous.lower() in _BEFORE_A_PLACE:
        return False
    if how == "name":
        return next_word in surnames
    return word in given and previous in _OFFICE_WORDS and (next_word in surnames or not is_english_word(next_word))


def _surname_of(previous: str, before: str) -> bool:
    """Is a state's name a surname: right after a given name that follows an office word ("Economy
    Minister Marcelo Montenegro", "Senator Cristina Chad")?"""
    from kg.extract.names import name_lists

    return previous in name_lists()[0] and before in _OFFICE_WORDS


_OFFICE_WORDS = frozenset("Minister President Secretary Ambassador Chancellor Governor General Adviser Advisor "
                          "Envoy Spokesman Spokeswoman Spokesperson Chief Commander Director".split())


_BEFORE_A_PLACE = frozenset("to in of from with for by at on the and into via across".split())


def _inside_a_name(how: str, next_word: str | None) -> bool:
    """"the Stockholm International Peace Research Institute", "The Moscow Times", "China Daily": a state
    or capital name running on into more capitalised words is part of another name, not the state."""
    if next_word is None:
        return False
    if how == "demonym":
        return next_word in _PLACE_NOUNS  # "the Indian Ocean", "Saudi Airlines"
    # not any capitalised word: "Ambassador to Bangladesh Iwama Kiminori" names the state
    return next_word in _NAME_TAILS or next_word in _PLACE_NOUNS


def _longest_first(matches: list[tuple[int, int, int]], rank: dict[int, tuple[bool, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping matches, longer (then earlier, then first declared) first, in text order,
    chosen as spaCy's filter_spans does."""
    chosen, seen = [], set()
    for match in sorted(matches, key=lambda m: (m[1] - m[2], m[1], rank[m[0]])):
        if match[1] not in seen and match[2] - 1 not in seen:
            chosen.append(match)
            seen.update(range(match[1], match[2]))
    return sorted(chosen, key=lambda m: m[1])


_token = tuple.__new__  # Token(...) without the named tuple's Python-level __new__
_LINKS = frozenset(("to", "for", "and"))
_LINKED = re.compile(r"-(?:to|for|and)-", re.IGNORECASE)  # a block without one needs no token walk


def _lemmatise_openers(starts: list[int], words: list, lowers: list[str], lemmas: list[str], table: _Lemmas) -> None:
    """A participle that opens a sentence is capitalised, which the case-sensitive lookup table misses
    ("Arriving in Hanoi on Wednesday, Putin ...": "arriving", not "arrive"); look it up in lower case."""
    for i in starts:
        if i < len(words) and lemmas[i] == lowers[i] and lowers[i].endswith("ing") \
                and (lemma := table[lowers[i]].lower()) != lowers[i]:
            words[i] = words[i]._replace(lemma=lemma)
            lemmas[i] = lemma


def _join_hyphen_links(words: list, lowers: list[str], lemmas: list[str]) -> None:
    """Give the linking word inside a hyphenated compound ("air-to-air missiles", "government-to-government
    deal", "cash-for-oil") the form "-to-", so no rule reads it as the preposition ("to" a getter)."""
    for i in range(1, len(words) - 1):
        if lowers[i] in _LINKS and lowers[i - 1] == "-" == lowers[i + 1] \
                and not words[i - 1].space_after and not words[i].space_after:
            form = f"-{lowers[i]}-"
            words[i] = words[i]._replace(lemma=form, lower=form)
            lowers[i] = lemmas[i] = form


class _Range(NamedTuple):
    start: int
    end: int


def _opening_quote(entries: list[tuple], spaces: list[int], j: int) -> bool:
    """Is the mark at *j* a quotation mark that opens a quotation: a curly opening mark, or a straight one
    with a space before it and a word glued after it?"""
    word = entries[j][0]
    if j + 1 >= len(entries) or entries[j + 1][8] or word not in ('"', "“"):
        return False
    return word == "“" or (j > 0 and spaces[j - 1] == 1 and spaces[j] == 0)


def _sentence_starts(entries: list[tuple], spaces: list[int]) -> list[int]:
    """Where the block's sentences start, by the rule of spaCy's Sentencizer: the first word that is not
    punctuation after a sentence-ending mark. Only the marks and the words that may open a sentence after
    an abbreviation are visited (``entries`` from :class:`_Words`)."""
    starts_at = [0]
    count = len(entries)
    resolved = -1  # the word that ended the last mark's run: read there, not as an opener
    for i in [i for i, e in enumerate(entries) if e[7]]:
        word = entries[i][0]
        if entries[i][6]:  # a sentence-ending mark
            glued = word == "." and spaces[i] == 0
            j = i + 1
            while j < count and not entries[j][6]:
                if _opening_quote(entries, spaces, j):
                    starts_at.append(j)  # 'on Tuesday. "We are ready," she said': the quote opens the next sentence
                    resolved = j + 1
                    break
                if not entries[j][8]:  # not punctuation
                    if not glued:  # "told Table.Media that": a stop with a word glued to it ends no sentence
                        starts_at.append(j)
                    resolved = j
                    break
                glued = False  # '... end." Next': the stop is followed by a quote, not glued to a word
                j += 1
        elif word == _PLATFORM:
            if 0 < i < count - 1 and entries[i - 1][2] in _BEFORE_PLATFORM and entries[i + 1][4] and not entries[i + 1][8]:
                starts_at.append(i + 1)  # "said in a post on X. Mbadi added": no initial of a name after "on"
                resolved = i + 1
        elif i != resolved and i and (previous := entries[i - 1][0])[-1] == "." and len(previous) > 1:
            starts_at.append(i)  # "in a post on X. The embassy said": the abbreviation's stop ends the sentence
    return starts_at


@lru_cache(maxsize=1)
def _roles_and_organisations() -> tuple[dict[str, RoleEntry], dict[str, OrgEntry]]:
    """The gazetteer's office titles and organisations by key (the matcher's ids)."""
    gazetteer = load_gazetteer()
    return {role.key: role for role in gazetteer.roles}, {org.key: org for org in gazetteer.organisations}


def segment(document: CleanDocument) -> tuple[tuple[Sentence, ...], tuple[Mention, ...], tuple[Title, ...]]:
    """Split kept blocks into sentences and find state, organisation and title mentions (a state's
    companies and funds are mentions of the state)."""
    from spacy.attrs import IDX, ORTH, SPACY

    gazetteer = load_gazetteer()
    roles, orgs = _roles_and_organisations()
    text = document.source.text
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    titles: list[Title] = []
    blocks = document.blocks
    known = _words()
    matcher, rank = _matcher()
    nlp = _nlp()
    strings = nlp.vocab.strings
    for block_index, doc in enumerate(nlp.tokenizer.pipe(text[b.start:b.end] for b in blocks)):
        block = blocks[block_index]
        offset = block.start
        # Token attributes as one array (much cheaper than a spaCy Token object per word), and
        # sentence starts by the rule of spaCy's Sentencizer: the first word that is not
        # punctuation after a sentence-ending mark.
        if not len(doc):
            continue
        idxs, orths, spaces = doc.to_array([IDX, ORTH, SPACY]).T.tolist()
        entries = list(map(known.__getitem__, orths))
        words = [_token(Token, (offset + idx, offset + idx + e[5], e[0], e[1], space == 1, e[2]))
                 for idx, space, e in zip(idxs, spaces, entries)]
        lowers = [e[2] for e in entries]
        lemmas = [e[3] for e in entries]
        capitals = [i for i, e in enumerate(entries) if e[4]]
        starts_at = _sentence_starts(entries, spaces)
        if _LINKED.search(text, block.start, block.end):
            _join_hyphen_links(words, lowers, lemmas)
        _lemmatise_openers(starts_at, words, lowers, lemmas, known.lemmas)
        words, lowers, lemmas = tuple(words), tuple(lowers), tuple(lemmas)  # a sentence's own are slices of them
        matches = iter(_longest_first(matcher(doc), rank))
        match = next(matches, None)
        for sent in map(_Range, starts_at, [*starts_at[1:], len(words)]):
            index = len(sentences)
            tokens = words[sent.start:sent.end]
            start, end = tokens[0].start, tokens[-1].end
            sentence = Sentence(index, start, end, text[start:end], block_index, block.heading, tokens)
            # what the cached properties would compute on first use, from the forms looked up above
            cache = sentence.__dict__
            cache["lowers"] = sentence_lowers = lowers[sent.start:sent.end]
            cache["lemmas"] = sentence_lemmas = lemmas[sent.start:sent.end]
            cache["lower_set"] = lower_set = frozenset(sentence_lowers)
            cache["cue_set"] = lower_set.union(sentence_lemmas)
            cache["capitalised"] = tuple([
                i - sent.start for i in capitals[bisect_left(capitals, sent.start):bisect_left(capitals, sent.end)]])
            sentences.append(sentence)
            inside: list[tuple[int, int, int]] = []
            while match is not None and match[1] < sent.end:
                if match[1] >= sent.start and match[2] <= sent.end:
                    inside.append(match)
                match = next(matches, None)
            starts = {m[1] for m in inside}
            for match_id, ent_start, ent_end in inside:
                label, ent_id = strings[match_id].split("\t", 1)
                first, last = ent_start - sent.start, ent_end - sent.start
                span = (words[ent_start].start, words[ent_end - 1].end)
                if label == "TITLE":
                    role = roles[ent_id]
                    titles.append(Title(index, first, last, role.key, role.label, role.head))
                    continue
                if label == "STATE":
                    how, key = ent_id.split(":", 1)
                    following = words[ent_end].text if ent_end < sent.end and ent_end not in starts else None
                    if not block.heading and _inside_a_name(how, following):
                        continue
                    if how in ("name", "demonym") and following is not None and _given_name_of(
                            how, text[span[0]:span[1]], following,
                            words[ent_start - 1].text if ent_start > sent.start else ""):
                        continue  # "Foreign Minister Israel Katz": a person's given name, not the state
                    if how == "name" and ent_start - 2 >= sent.start and _surname_of(
                            words[ent_start - 1].text, words[ent_start - 2].text):
                        continue  # "Economy Minister Marcelo Montenegro": a person's surname, not the state
                    if how == "demonym" and ent_start > sent.start and words[ent_start - 1].text in _REGION_WORDS:
                        continue  # "Latin American leaders", "South American bloc": a region, not the US
                    if how in ("name", "capital") and ent_start > sent.start and words[ent_start - 1].text in _WATERS:
                        continue  # "Lake Victoria", "Lake Chad": a lake, not Seychelles' capital or the state
                    ref = gazetteer.state(key).ref
                else:
                    how, ref = "name", orgs[ent_id].ref
                mentions.append(Mention(span[0], span[1], text[span[0]:span[1]], index, first, last, ref, how))
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    mentions = [m for s in sentences for m in state_funds(s, by_sentence.get(s.index, []))]
    return tuple(sentences), tuple(mentions), tuple(titles)
