"""A supply promised on a condition: "Spain would send more air defence systems to Ukraine if other allies
did the same". A "would" with an "if", "unless" or "provided" clause after the verb is a conditional
offer, not yet a promise (README A3: offered = ready or willing to give), and so is one with the condition
put first: "If the talks succeed, Russia would supply gas to Pakistan", "Were Japan to lift the ban, it would
export destroyers", "Should Congress agree, the United States would send tanks"."""

from __future__ import annotations

from kg.extract.view import SentenceView

_CONDITIONS = frozenset("if unless provided providing".split())
_ENDS = frozenset(". ; :".split())
_INVERTED = frozenset(["should", "were", "had"])  # "Should Congress agree, ...", "Were Japan to lift the ban, ..."


def conditional(view: SentenceView, first: int, window: list[str]) -> bool:
    """Is the verb at *first* under "would" (in *window*) with a condition after it in its sentence?"""
    if "would" not in window and "'d" not in window:
        return False
    if _fronted(view, first):
        return True
    for j in range(first + 1, len(view.tokens)):
        if view.lower[j] in _ENDS:
            return False
        if view.lower[j] in _CONDITIONS:
            return True
    return False


def _fronted(view: SentenceView, first: int) -> bool:
    """Does the sentence open with a condition ("If ...", "Unless ...", "Should X ...", "Were X to ...") that a
    comma closes before the verb at *first*?"""
    opener = next((j for j, word in enumerate(view.lower[:first]) if word not in ('"', "“", "—", "-")), None)
    if opener is None or not (view.lower[opener] in _CONDITIONS or (
            view.lower[opener] in _INVERTED and view.tokens[opener].text[:1].isupper())):
        return False
    return any(view.lower[j] == "," for j in range(opener + 2, first)) and not any(
        view.lower[j] in _ENDS for j in range(opener, first))
