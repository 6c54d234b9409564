""""Critics of the government say ...", "Analysts at Capital Economics said ...", "Economists at the World
Bank warned ...": an unnamed group qualified by what it belongs to speaks, not the government, bank or firm
named in its qualifier (gold rule C2: generic speakers by their words)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_LINKS = frozenset("of at with within for".split())
_GAP = frozenset("have has had also".split())
_STOPS = frozenset(", . ; : that which who whose and or but \" “ ”".split())
_REACH = 6


def qualified_group(view: SentenceView, j: int, verb: int) -> bool:
    """Does the group noun at *j* reach the verb at *verb* through a short qualifier ("critics of the deal",
    "analysts at the bank", "economists with Capital Economics")?"""
    k = j + 1
    if k >= verb - 1 or view.lower[k] not in _LINKS:
        return False
    end = verb
    while end - 1 > k and view.lower[end - 1] in _GAP:
        end -= 1
    return 1 <= end - k - 1 <= _REACH and not any(view.lower[x] in _STOPS for x in range(k + 1, end))


def in_qualifier(view: SentenceView, j: int, groups: frozenset[str]) -> bool:
    """Is the description ending at *j* ("the government") the object of a qualifier after a group noun
    ("critics of the government"): a name for the group, not a speaker?"""
    k = j - 1
    while k > 0 and j - k <= 3 and view.lower[k] not in _LINKS:
        k -= 1
    return k > 0 and view.lower[k] in _LINKS and view.lower[k - 1] in groups


_NEED_MODIFIER = frozenset("leaders governments commanders".split())
_WRITTEN = frozenset("reports newspapers papers".split())  # "the reports said": the reports named before
_DETERMINERS = frozenset("the a an these those both all two three four their its our".split())
_PLAIN_MODIFIERS = frozenset("world local regional opposition military senior foreign business rebel religious "
                             "tribal community western european".split())


def group_speaker(view: SentenceView, j: int, groups: frozenset[str]) -> bool:
    """Is the plural noun at *j* an unnamed group that speaks? "European leaders", "Western governments" and
    "Ukrainian commanders" are; bare "the leaders" or "leaders" are the leaders named before, not a group."""
    if view.lower[j] not in groups:
        return False
    if view.lower[j] in _BROADCASTS:  # "state television reported", not "told television" or "Russian radio"
        return j > 0 and view.lower[j - 1] in _BROADCAST_OWNERS and j - 2 not in view.actor_at  # "Iranian state
        # television" is a body of its state, read as one
    if view.lower[j] in _WRITTEN:
        return j == 0 or view.lower[j - 1] not in _DETERMINERS  # "press reports", "financial newspapers"
    if view.lower[j] not in _NEED_MODIFIER:
        return True
    before = view.tokens[j - 1].text if j > 0 else ""
    return before.isalpha() and (before[:1].isupper() or before in _PLAIN_MODIFIERS) \
        and view.lower[j - 1] not in _DETERMINERS  # not "..., and leaders urged": the leaders named before
_BROADCASTS = frozenset("television tv radio".split())
_BROADCAST_OWNERS = frozenset("state national public official run owned".split())  # "state-run television"
