"""Objects of a refusal that are no aid: "Saied rejected the reforms the lender had attached", "refused the
conditions of the bailout", "turned down the terms". What is refused is the price of the aid, not the aid
itself, so the refusing verb gives no declined flow of its own."""

from __future__ import annotations

from kg.extract.view import SentenceView

_TERMS = frozenset("reform reforms condition conditions conditionality terms demand demands austerity "
                   "requirement requirements prescription prescriptions".split())
_DETERMINERS = frozenset("a an the its their these those such any all some of".split())


def refused_terms(view: SentenceView, last: int) -> bool:
    """Does the object of the refusing verb ending at *last* name the terms of aid, not the aid?"""
    j = last
    while j < len(view.lower) and view.lower[j] in _DETERMINERS:
        j += 1
    if j + 1 < len(view.lower) and view.lower[j + 1] in _TERMS and view.lower[j] not in _TERMS:
        j += 1  # "the IMF reforms", "the austerity demands"
    return j < len(view.lower) and view.lower[j] in _TERMS
