"""Segmentation and gazetteer mentions in one spaCy pass.

A blank English pipeline (tokenizer, sentencizer, lookup lemmatizer from
spacy-lookups-data and an EntityRuler holding the gazetteers) runs over each kept
block; its output is turned into :mod:`kg.model` objects with offsets into the
original text, so no spaCy object leaves this module. spaCy is imported lazily:
it costs about a second, and ``kg --help`` or ``kg query`` never need it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.model import CleanDocument, Mention, Sentence, Title, Token


@lru_cache(maxsize=1)
def _nlp() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(_patterns(load_gazetteer()))
    return nlp


@lru_cache(maxsize=1)
def _lemmas() -> Any:
    """spaCy's English lookup lemmatizer table (spacy-lookups-data), applied while converting tokens:
    the same lemmas as its ``lemmatizer`` pipe in lookup mode, without a second pass over each token."""
    from spacy.lookups import load_lookups

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


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


_PLACE_NOUNS = frozenset("Ocean Sea Gulf Peninsula Strait Basin Plateau Airlines Airways Railways".split())
_NAME_TAILS = frozenset("News Times Daily Today Post Herald Agency Institute International Telegraph Tribune Journal "
                        "Gazette Broadcasting Television Radio Press Review Independent Standard Observer".split())


def _inside_a_name(doc: Any, ent: Any, sent: Any, starts: set[int]) -> bool:
    """"the Stockholm International Peace Research Institute", "The Moscow Times", "China Daily": a state
    or capital name running on into more capitalised words is part of another name, not the state."""
    if ent.end >= sent.end or ent.end in starts:
        return False
    nxt = doc[ent.end]
    if ent.ent_id_.startswith("demonym:"):
        return nxt.text in _PLACE_NOUNS  # "the Indian Ocean", "Saudi Airlines"
    # not any capitalised word: "Ambassador to Bangladesh Iwama Kiminori" names the state
    return nxt.text in _NAME_TAILS or nxt.text in _PLACE_NOUNS


def segment(document: CleanDocument) -> tuple[tuple[Sentence, ...], tuple[Mention, ...], tuple[Title, ...]]:
    """Split kept blocks into sentences and find state, organisation and title mentions."""
    gazetteer = load_gazetteer()
    roles = {role.key: role for role in gazetteer.roles}
    orgs = {org.key: org for org in gazetteer.organisations}
    text = document.source.text
    sentences: list[Sentence] = []
    mentions: list[Mention] = []
    titles: list[Title] = []
    blocks = document.blocks
    lemmas = _lemmas()
    for block_index, doc in enumerate(_nlp().pipe(text[b.start:b.end] for b in blocks)):
        block = blocks[block_index]
        for sent in doc.sents:
            index = len(sentences)
            offset = block.start
            tokens = tuple(
                Token(offset + t.idx, offset + t.idx + len(t.text), t.text, lemmas.get(t.text, t.text),
                      bool(t.whitespace_), t.lower_)
                for t in sent
            )
            start, end = tokens[0].start, tokens[-1].end
            sentences.append(Sentence(index, start, end, text[start:end], block_index, block.heading, tokens))
            starts = {ent.start for ent in sent.ents}
            for ent in sent.ents:
                first, last = ent.start - sent.start, ent.end - sent.start
                if ent.label_ == "STATE" and not block.heading and _inside_a_name(doc, ent, sent, starts):
                    continue
                span = (offset + ent.start_char, offset + ent.end_char)
                if ent.label_ == "TITLE":
                    role = roles[ent.ent_id_]
                    titles.append(Title(index, first, last, role.key, role.label, role.head))
                    continue
                if ent.label_ == "STATE":
                    how, key = ent.ent_id_.split(":", 1)
                    ref = gazetteer.state(key).ref
                else:
                    how, ref = "name", orgs[ent.ent_id_].ref
                mentions.append(Mention(span[0], span[1], text[span[0]:span[1]], index, first, last, ref, how))
    return tuple(sentences), tuple(mentions), tuple(titles)
