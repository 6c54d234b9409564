"""A claim to land or sea is no statement: "Vietnam, which also claims parts of the South China Sea",
"China claims almost all of the waterway", "Beijing claims the islands". The verb "claim" makes a
statement only with what is said after it ("claimed that ...", "claimed the strike killed ...")."""

from __future__ import annotations

from kg.extract.view import SentenceView

_CLAIM = frozenset("claim claims claimed claiming".split())
# what is claimed when the claim is to a place
_PLACES = frozenset("sea seas waters waterway islands island islets shoal shoals reef reefs atoll atolls territory "
                    "territories sovereignty ownership region province provinces peninsula strait border lands "
                    "land zone area areas swathes swaths lives".split())
_PARTS = frozenset("part parts most much all swathes swaths".split())
_FILLERS = frozenset("also the a an large vast virtually nearly almost whole entire full of over its their "
                     "historic historical".split())
_STOPS = frozenset("that , ; : \" “ ” to".split())


def territorial(view: SentenceView, j: int) -> bool:
    """Is the verb at *j* a claim to territory (its object a place or a part of one), not a statement?"""
    if view.lower[j] not in _CLAIM:
        return False
    if (j + 1 >= len(view.tokens) or view.lower[j + 1] in (",", ".", ";")) \
            and any(view.lower[x] in ("which", "that") for x in range(max(0, j - 4), j)):
        return True  # "the South China Sea, almost all of which Beijing claims": the thing claimed, no clause (claims27)
    k, seen = j + 1, 0
    while k < len(view.tokens) and seen < 5:
        word = view.lower[k]
        if word in _STOPS:
            return False
        if word in _PLACES:
            return True
        if word in _PARTS and k + 1 < len(view.tokens) and view.lower[k + 1] == "of":
            return True
        if word not in _FILLERS and k not in view.actor_at and not view.tokens[k].text[:1].isupper():
            return False  # a word of a clause: "claimed Chinese ships had ..."
        k += 1
        seen += 1
    return False
