"""Aid the text names only as a hypothesis or a wish, not as a stage of a flow: "honour every commitment
without any financial support from the EU", "could not be profitable without state support from Seoul",
"a favour that the European Union should grant us". No stage is reported (README A3), so no flow is kept;
the refusal or request around it, if any, is read by its own frame."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

_OBLIGATION = frozenset("should must ought".split())
# Words that may stand between "without" and the aid noun: "without any financial support", "without
# state support", "without the promised Western aid".
_NOUN_PHRASE_WORDS = frozenset("any the a more further new promised fresh financial economic military state "
                               "foreign western outside external international budget budgetary such".split())


def _without_noun(view: SentenceView, at: int) -> bool:
    """Is the aid noun at *at* the object of "without" ("without any financial support")?"""
    j = at - 1
    while j >= 0 and at - j <= 4:
        word = view.lower[j]
        if word == "without":
            return True
        if word in CLAUSE_END or not (word in _NOUN_PHRASE_WORDS or j in view.actor_at):
            return False
        j -= 1
    return False


def _obliged(view: SentenceView, at: int) -> bool:
    """Is the give verb at *at* governed by "should"/"must"/"ought to" ("should grant us", "must be sent")?"""
    for j in range(at - 1, max(-1, at - 4), -1):
        word = view.lower[j]
        if word in _OBLIGATION:
            return True
        if word not in ("be", "not", "n't", "also", "now", "then", "still", "to", "have"):
            return False  # "should" must govern the verb itself: "should be sending", "ought to give"
    return False


_CONDITIONS = frozenset("if unless".split())
_CONDITION_REACH = 6  # words between "if" and the verb: "if it was offered", "if Washington sends"


def _in_condition(view: SentenceView, at: int) -> bool:
    """Is the verb at *at* the verb of an "if"/"unless" clause ("would take American money if it was
    offered"): a condition, not a stage reached?"""
    for j in range(at - 1, max(-1, at - _CONDITION_REACH - 1), -1):
        word = view.lower[j]
        if word in _CONDITIONS:
            return True
        if word in CLAUSE_END or word in (",", ".", "that", "and", "but", "which", "who"):
            return False
    return False


def supposed(view: SentenceView, frame: Frame) -> bool:
    """Is *frame*'s aid only supposed: an aid noun after "without", a supply after "should"/"must", a verb
    of an "if" clause? (Its flows are dropped, but the frame still sets the discourse context, as any
    mention of the parties does.)"""
    if frame.trigger.frame == "aid-noun":
        return _without_noun(view, frame.first)
    if frame.trigger.frame in ("give", "receive") and _in_condition(view, frame.first):
        return True
    return frame.trigger.frame == "give" and _obliged(view, frame.first)
