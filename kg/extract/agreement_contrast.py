"""An accord named only to set it against another is none made: "a memorandum, rather than a supply contract,
suggests talks are not finished", "opted for a loan instead of a swap line", "not a treaty but a declaration"
(AG1: the contrasted noun names no accord between the clause's actors)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_DETERMINERS = frozenset("a an the any one".split())


def contrasted(view: SentenceView, first: int) -> bool:
    """Does "rather than", "instead of" or "not" + determiner stand right before the noun at *first* (over its
    determiner and up to two modifiers), or does the noun stand in a fronted comparison ("As with previous
    Russian deals, ...")?"""
    if compared(view, first):
        return True
    k = first - 1
    steps = 0
    while k >= 0 and steps < 3 and view.lower[k] not in _DETERMINERS and view.tokens[k].text.islower() \
            and view.lower[k] not in ("than", "of", "not"):
        k, steps = k - 1, steps + 1  # "a long-term supply contract": past the modifiers
    if k >= 0 and view.lower[k] in _DETERMINERS:
        k -= 1
    if k < 1:
        return False
    pair = (view.lower[k - 1], view.lower[k])
    return pair in (("rather", "than"), ("instead", "of")) or (view.lower[k] == "not" and view.lower[k - 1] in (",", "is", "was"))


_LIKE = frozenset("unlike like".split())  # "Unlike France, Germany signed ...", "Like its Polish neighbour, ..."
_LIKE_PAIRS = frozenset([("as", "with"), ("in", "contrast"), ("contrary", "to"), ("similar", "to"), ("much", "like"),
                         ("just", "like"), ("as", "in"), ("compared", "with"), ("compared", "to")])
_BREAKS = frozenset(", ; : — – ( \" “ ”".split())


def compared(view: SentenceView, at: int) -> bool:
    """Is the word at *at* inside a phrase of comparison that opens its clause and ends at a comma ("Unlike
    his Greek counterpart, the Turkish minister signed ...", "As with previous Russian deals, ...")? What it
    compares the clause with is no party to the clause's accord."""
    k = at - 1
    while k >= 0 and view.lower[k] not in _BREAKS:
        k -= 1
    k += 1
    if k >= at or not any(view.lower[j] == "," for j in range(at + 1, len(view.tokens))):
        return False
    return view.lower[k] in _LIKE or (k + 1 < at and (view.lower[k], view.lower[k + 1]) in _LIKE_PAIRS)


def contrasted_actor(view: SentenceView, at: int) -> bool:
    """"signed a supply contract with Russia rather than with France": the actor at *at* set against the party
    ("rather than (with) (the) X", "instead of (with) X") is none."""
    if compared(view, at):
        return True  # "Unlike France, Germany signed the deal with Qatar"
    k = at - 1
    while k >= 0 and view.lower[k] in ("the", "with", "to"):
        k -= 1
    return k >= 1 and (view.lower[k - 1], view.lower[k]) in (("rather", "than"), ("instead", "of"))
