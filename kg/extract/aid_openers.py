"""Which tokens of a sentence may open one of the per-token aid frames of ``aid._frames`` (an ask, a sum
"from" a giver, an arrival, a rebuttal, a contract noun, ...). Most tokens open none, and asking each
frame reader about every token cost more than the readers' own work; the sets here are the readers'
own trigger words, so skipping the other tokens changes nothing."""

from __future__ import annotations

import re

from kg.extract.aid_hasten import ASKING as HASTEN_ASKING
from kg.extract.aid_arrival import ARRIVE
from kg.extract.aid_contracts import CONTRACT_NOUNS
from kg.extract.aid_deposits import DEPOSIT_NOUNS
from kg.extract.aid_destined import DESTINED
from kg.extract.aid_funded import PAID
from kg.extract.aid_in_service import USED_BY
from kg.extract.aid_expected import EXPECTING
from kg.extract.aid_ask import ASK_LEMMAS
from kg.extract.aid_nouns import Frame
from kg.extract.aid_rebuttal import CALL_WORDS, DENY_LEMMAS
from kg.extract.aid_reliance_for import RELYING
from kg.extract.aid_transport import MOVES
from kg.extract.aid_withdraw import WITHDRAW_WORDS
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

_MONEY_FIRST = frozenset("$€£¥0123456789")
_MONEY_CHARACTER = re.compile("[$€£¥0-9]")  # in the text of every sentence with a token that starts with one


_made: list[tuple[tuple, frozenset[str], frozenset[str]]] = []  # the sets for the lexicon and nouns in use


def _opening_words(lexicon: AidLexicon, decline_nouns: frozenset[str], beneficiary_nouns: frozenset[str]
                   ) -> tuple[frozenset[str], frozenset[str]]:
    if _made and (made := _made[0][0])[0] is lexicon and made[1] is decline_nouns and made[2] is beneficiary_nouns:
        return _made[0][1], _made[0][2]
    given = (lexicon, decline_nouns, beneficiary_nouns)
    lemmas = decline_nouns | ASK_LEMMAS | HASTEN_ASKING | DENY_LEMMAS | WITHDRAW_WORDS | ARRIVE | {
        "agree", "arrive", "reach", "enter", "cross", "carry", "come", "source", "account", "make"} | RELYING | EXPECTING | MOVES
    words = beneficiary_nouns | CALL_WORDS | PAID | CONTRACT_NOUNS | lexicon.buyer_nouns | lexicon.supplier_nouns \
        | DESTINED | DEPOSIT_NOUNS | USED_BY | {"never", "alongside", "fighting", "fought"}
    _made[:] = [(given, frozenset(lemmas), frozenset(words))]
    return _made[0][1], _made[0][2]


def openers(view: SentenceView, lexicon: AidLexicon, decline_nouns: frozenset[str],
            beneficiary_nouns: frozenset[str]) -> list[int]:
    """The tokens that may open a per-token frame, in order."""
    lemmas, words = _opening_words(lexicon, decline_nouns, beneficiary_nouns)
    cues = view.sentence.cue_set
    if lemmas.isdisjoint(cues) and words.isdisjoint(cues):  # (most sentences) only a sum can open one
        if _MONEY_CHARACTER.search(view.sentence.text) is None:
            return []  # no sign or digit in the sentence: no token starts with one
        return [j for j, word in enumerate(view.lower) if word[:1] in _MONEY_FIRST]
    return [j for j, (word, lemma) in enumerate(zip(view.lower, view.lemmas))
            if lemma in lemmas or word in words or word[:1] in _MONEY_FIRST]


def free(j: int, frames: list[Frame], named: bool = False) -> bool:
    """Is token *j* outside every frame of the sentence that has an item (*named*: an item with its getter
    named, so "the largest donors to Sudan, having given $600 million" is read although "given" has none)?"""
    return not any(f.quote_first <= j < f.quote_last and any(e > s and (rs or not named) for s, e, rs in f.segments)
                   for f in frames)
