"""Plural nouns spelled like speech verbs: "the three Baltic states", "member states", "Arab states",
"the Gulf states before the end of the year". After a determiner, a number, a quantifier or a demonym,
"states" (and "claims", "reports", "calls", "notes") names things; it says nothing."""

from __future__ import annotations

from kg.extract.speech_verbs import FINITE
from kg.extract.view import SentenceView

_NOUN_LIKE = frozenset("states claims reports calls notes remarks warns".split())
_BEFORE_A_NOUN = frozenset("the a these those other many some all both several few member island nation small "
                           "two three four five six seven eight nine ten dozen such their its our".split())


# Also what findings do, and the bare "claim" ("reports claim")
_VERB_AFTER = FINITE | {"claim", "suggested", "suggest", "showed", "show"}


def plural_noun(view: SentenceView, j: int) -> bool:
    """Is the word at *j* a plural noun here ("the three Baltic states", "Arab states", "Press reports
    said"), not a verb?"""
    if view.lower[j] not in _NOUN_LIKE or j == 0:
        return False
    if j + 1 < len(view.tokens) and view.lower[j + 1] in _VERB_AFTER:
        return True  # "Press reports said ...": the reports speak, not the press
    before = view.lower[j - 1]
    if before in _BEFORE_A_NOUN:
        return True
    mention = view.actor_at.get(j - 1)
    if mention is not None and mention.how == "demonym":
        return True  # "Arab states", "African states"
    k = j - 1  # "the Gulf states", "the three Baltic states": an adjective of place after a determiner
    while k > 0 and view.tokens[k].text[:1].isupper() and j - k <= 2:
        k -= 1
    return k < j - 1 and view.lower[k] in _BEFORE_A_NOUN
