"""A definite accord noun with no party of its own names the accord the sentence before introduced, even
where that accord made no record: in "The canal authority signed a contract with a Chinese shipbuilder. The
contract, valued at $200 million, was signed in Ismailia." the contract is the shipbuilder's, not the last
accord recorded ("Turkey signed a deposit deal with Qatar"), so no record is made (AG1)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.view import SentenceView
from kg.model import Agreement

_INDEFINITE = frozenset("a an another new second separate".split())


def unrecorded_before(before: SentenceView | None, lemma: str, found: Sequence[Agreement]) -> bool:
    """Does the sentence *before* introduce an accord with the noun *lemma* ("signed a contract with ...")
    of which no record was made?"""
    if before is None or any(a.evidence.sentence_start == before.sentence.start for a in found):
        return False
    return any(before.lemmas[j] == lemma and any(before.lower[k] in _INDEFINITE for k in range(max(0, j - 4), j))
               for j in range(len(before.tokens)))
