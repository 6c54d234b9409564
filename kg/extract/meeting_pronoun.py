"""A pronoun right after a speech verb refers to the speaker named before it: in "Erdogan, whose country applied
to join the bloc, said he would travel to Kazan" it is Erdogan who travels, not the person of the sentence
before."""

from __future__ import annotations

from kg.extract.view import SentenceView

_SPEECH = frozenset("said says added told announced confirmed insisted stressed indicated".split())


def bound_pronoun(view: SentenceView, c_first: int, c_last: int) -> bool:
    """Does "he"/"she" follow a speech verb whose subject, a person, is named before it in the clause?"""
    for j in range(max(c_first, 1), c_last):
        if view.lower[j] in ("he", "she") and view.lower[j - 1] in _SPEECH:
            return any(m.entity.kind == "person" and c_first <= m.first and m.last < j for m in view.actors)
    return False
