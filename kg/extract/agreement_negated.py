"""An accord whose making the text denies or leaves open names no stage: "Officials denied that Mali had
signed a defence pact with Russia", "The notification does not mean that a contract has been signed",
"there is no evidence that the two sides have concluded a deal", "denied a report that it had signed an
agreement to buy Turkish drones" (AG1: no accord told as made; what was said is a claim)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_DENY = frozenset("deny denied denies denying dismiss dismissed dismisses refute refuted rejected reject".split())
_NEGATED = frozenset("mean means meant imply implies implied indicate indicates signal signals confirm "
                     "confirmed".split())
_NEGATIONS = frozenset("not n't never".split())
_NO_SIGN = frozenset("evidence sign indication proof".split())
_REPORTS = frozenset("report reports claim claims allegation allegations".split())
_FALSE = frozenset("baseless false untrue unfounded groundless fabricated".split())


def denied_made(view: SentenceView, c_first: int, first: int) -> bool:
    """Does a denial or a negated verb of meaning govern a "that" clause holding the noun at *first*, or a
    denial its gerund ("denied signing any agreement")?"""
    for j in range(first - 1, max(c_first, first - 6), -1):
        if view.lower[j] in (",", ";", "and", "but", "that"):
            break
        if view.lower[j].endswith("ing") and (view.lower[j - 1] in _DENY or j >= 3 and view.lower[j - 1] == "of"
                                              and view.lower[j - 2] in _REPORTS and view.lower[j - 3] in _DENY):
            return True  # "Bolivia denied signing any agreement with Iran", "rejected claims of signing a pact"
    start = max(0, c_first - 12)
    for j in range(first - 1, start, -1):
        if view.lower[j] != "that":
            continue
        before = view.lower[max(0, j - 6):j]
        if view.lower[j - 1] in _DENY or (view.lower[j - 1] in _REPORTS and j >= 3
                                          and (view.lower[j - 2] in _DENY or view.lower[j - 3] in _DENY)):
            return True  # "denied that ...", "dismissed reports that ..."
        if view.lower[j - 1] in _REPORTS and (_FALSE & set(before) or "truth" in before and "no" in before):
            return True  # "There is no truth to the claim that ...", "baseless reports that ..."
        if view.lower[j - 1] in _NEGATED and _NEGATIONS & set(before):
            return True  # "does not mean that ..."
        if view.lower[j - 1] in _NO_SIGN and "no" in before:
            return True  # "no evidence that ..."
        return False
    return False


def lacked(view: SentenceView, c_first: int, first: int) -> bool:
    """Is the noun at *first* what a "without" phrase says is missing? "priority in military cooperation
    without binding it to a mutual defence pact", "left the bloc without a trade deal": no accord made.
    The phrase runs from "without" to the noun with no comma or clause word between."""
    for j in range(first - 1, max(c_first, first - 7) - 1, -1):
        word = view.lower[j]
        if word == "without":
            return True
        if word in (",", ";", ":", "—", "and", "but", "while", "which", "that", "who", "after", "before"):
            return False
    return False
