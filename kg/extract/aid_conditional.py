"""A supply promised on a condition: "Spain would send more air defence systems to Ukraine if other allies
did the same". A "would" with an "if", "unless" or "provided" clause after the verb is a conditional
offer, not yet a promise (README A3: offered = ready or willing to give), and so is one with the condition
put first: "If the talks succeed, Russia would supply gas to Pakistan", "Were Japan to lift the ban, it would
export destroyers", "Should Congress agree, the United States would send tanks". A stop that is only
threatened or possible ("may cut off the electricity it sends", "threatened to halt gas deliveries", "If
necessary, we will stop the supply") is no stage reached either."""

from __future__ import annotations

from kg.extract.view import SentenceView

_CONDITIONS = frozenset("if unless provided providing".split())
_ENDS = frozenset(". ; :".split())
_INVERTED = frozenset(["should", "were", "had"])  # "Should Congress agree, ...", "Were Japan to lift the ban, ..."
_POSSIBLE = frozenset("may might could".split())
_THREATS = frozenset("threatened threatens threaten threatening vowed vows warned warns".split())


def conditional(view: SentenceView, first: int, window: list[str]) -> bool:
    """Is the verb at *first* under "would" (in *window*) with a condition after it in its sentence?"""
    if "would" not in window and "'d" not in window:
        return False
    if fronted_condition(view, first):
        return True
    for j in range(first + 1, len(view.tokens)):
        if view.lower[j] in _ENDS:
            return False
        if view.lower[j] in _CONDITIONS:
            return True
    return False


def fronted_condition(view: SentenceView, first: int) -> bool:
    """Does the sentence open with a condition ("If ...", "Unless ...", "Should X ...", "Were X to ...") that a
    comma closes before the verb at *first*?"""
    opener = next((j for j, word in enumerate(view.lower[:first]) if word not in ('"', "“", "—", "-")), None)
    if opener is None or not (view.lower[opener] in _CONDITIONS or (
            view.lower[opener] in _INVERTED and view.tokens[opener].text[:1].isupper())):
        return False
    return any(view.lower[j] == "," for j in range(opener + 2, first)) and not any(
        view.lower[j] in _ENDS for j in range(opener, first))


def threatened(view: SentenceView, first: int) -> bool:
    """Is the verb at *first* only threatened or possible: after "may", "might" or "could", after "threatened to"
    or "warned to", or under a condition put first?"""
    window = view.lower[max(0, first - 4):first]
    return bool(window) and (window[-1] in _POSSIBLE or (len(window) > 1 and window[-2] in _THREATS
                                                         and window[-1] == "to") or fronted_condition(view, first))
