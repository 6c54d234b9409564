"""What a meeting was for is no side of it: "Pakistan's representative used the meeting to accuse New Delhi of
...", "ministers met to discuss aid for Sudan". A state named inside a purpose clause after the trigger (an
infinitive: "to" and a lower-case word that is no determiner or number) is the meeting's subject matter; "talks
with Russia", "a visit to Chad" keep their sides (those are prepositions before a name)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_NOT_VERBS = frozenset("the a an its their his her this that these those our".split())


def purpose(view: SentenceView, at: int, k: int) -> bool:
    """Is the token *k* inside a purpose clause that starts after the trigger ending at *at*?"""
    return any(view.lower[j] == "to" and view.tokens[j + 1].text.islower() and view.lower[j + 1] not in _NOT_VERBS
               and not view.tokens[j + 1].text[:1].isdigit() for j in range(at, k - 1))
