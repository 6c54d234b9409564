"""A name some side uses, not a statement: "what Moscow calls its special military operation", "part of
what Meloni's government calls the 'Mattei Plan'". The present tense after "what" gives the habitual
name of a thing; nobody says anything at a moment, so there is no claim (C1). The past ("in what he
called a historic step") reports words spoken once and stays a statement."""

from __future__ import annotations

from kg.extract.view import SentenceView

_NAMING = frozenset("calls terms dubs brands labels".split())
_STOPS = frozenset(", . ; : ( ) “ ” \"".split())


def habitual_name(view: SentenceView, j: int) -> bool:
    """True at a present-tense naming verb *j* whose clause opens with "what" a few words before it."""
    if view.lower[j] not in _NAMING:
        return False
    for k in range(j - 1, max(-1, j - 7), -1):
        if view.lower[k] in _STOPS:
            return False
        if view.lower[k] == "what":
            return k < j - 1
    return False
