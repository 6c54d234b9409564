"""An accord with an unnamed firm has that firm as its other side: in "Ghana's government said it had concluded
a vaccine manufacturing agreement with an Indian firm" the partner is the firm, not the state Ghana made its
last accord with (a private company is recorded only by its name, G2; here none is given)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_FIRMS = frozenset("firm firms company companies consortium manufacturer manufacturers maker makers contractor "
                   "contractors developer developers investor investors group supplier suppliers".split())
# private holders of a state's debt, and groups that are no state: "a deal with holders of its eurobonds"
_GROUPS = frozenset("holders bondholders banks rebels insurgents militants unions traders".split())
_ARTICLES = frozenset("a an the one two three several its their".split())


def firm_partner(view: SentenceView, first: int, last: int) -> bool:
    """Does "with" in the span [*first*, *last*) take an indefinite firm ("with an Indian firm", "with a
    Chinese state-backed consortium", "with two Turkish companies") or a private group ("with holders of
    its eurobonds", "with its commercial banks")?"""
    for j in range(first, last - 2):
        if view.lower[j] == "with" and view.lower[j + 1] in _GROUPS:
            return True  # "with holders of its eurobonds", "with rebels in the north"
        if view.lower[j] != "with" or view.lower[j + 1] not in _ARTICLES:
            continue
        words = view.lower[j + 2:min(j + 6, last)]
        if "state" not in words and (_FIRMS | _GROUPS) & set(words):  # a state-owned firm acts for its state (G2)
            return True
    return False
