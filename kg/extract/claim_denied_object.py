"""A denial whose object is a short noun phrase naming what was alleged: "Moscow and Pyongyang have
denied the arms transfers.", "Belgrade rejected the conclusions.", "Tehran has denied any involvement."
The denial is a claim (gold rule C1), about what the allegation before it was about, the denier too
when the allegation was about the denier (C3); the accuser is only the frame of the denied deed.
Only nouns that name an allegation or the deed alleged count: "rejected the offer", "denied entry" or
"rejected the bill" are acts, not statements."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_DETERMINERS = frozenset("the any these those such all its their".split())
_CLAUSE_ENDS = frozenset(", . ; :".split())
_SETTING = frozenset("on in at during after as outright again repeatedly strongly flatly".split())
_LONGEST = 4  # words after the determiner


def denied_object(view: SentenceView, verb: int, nouns: frozenset[str]) -> tuple[int, int] | None:
    """The span of a short object of the denial verb at *verb* ("the arms transfers", "any involvement")
    that ends its clause (or is followed only by a setting) and whose last word is one of *nouns*, or
    None."""
    n = len(view.tokens)
    first = verb + 1
    if first >= n or view.lower[first] not in _DETERMINERS:
        return None
    last = first + 1
    while last < n and view.lower[last] not in _CLAUSE_ENDS and view.lower[last] not in _SETTING:
        if last - first > _LONGEST or not view.tokens[last].text.replace("-", "").isalpha():
            return None
        last += 1
    if last - first < 2 or view.lower[last - 1] not in nouns:
        return None
    return first, last


def denied_about(prior_about: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """What a short denial is about: what the allegation before it was about, the denier included."""
    return tuple(ref for ref in prior_about if ref.kind != "group")
