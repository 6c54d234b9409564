"""A second stage of the same flow in a coordinated verb: "Germany promised Ukraine 18 tanks in January
and delivered them in March", "approved a loan to Egypt and disbursed the first tranche". The first
verb's object ends at the "and" so that the second verb is read with its own stage."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView

_BETWEEN = frozenset("then later has have had also subsequently eventually finally".split())
_MODALS = frozenset("will would shall 'll".split())


def second_stage_verb(view: SentenceView, at: int) -> bool:
    """Does "and" at *at* open a finite supply verb of its own ("and delivered them", "and then shipped")?"""
    if view.lower[at] != "and":
        return False
    j = at + 1
    while j < len(view.tokens) and view.lower[j] in _BETWEEN:
        j += 1
    modal = j < len(view.tokens) and view.lower[j] in _MODALS
    while j < len(view.tokens) and (view.lower[j] in _MODALS or view.lower[j] in _BETWEEN):
        j += 1  # "and will send four more later this year"
    if j >= len(view.tokens) or view.lower[j].endswith(("ing", "s")) or (view.lower[j] == view.lemmas[j]
                                                                         and not modal):
        return False  # "and supply", "and training": not a finite verb, nor one under a modal
    lemma = view.lemmas[j]
    return any(e.frame == "give" and e.words == (lemma,) for e in load_lexicon().by_first_word.get(lemma, ()))
