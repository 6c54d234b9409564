"""A supply said not to have happened since a point in time has stopped: "it has not exported arms to Israel
since October 2023", "No Russian oil has reached Hungary since Jan. 27". The flow went on before that date
and no longer does, which README A3 records as declined (supplies stopped), not as a denial."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView

_CLAUSE_BREAKS = frozenset(". , ; but although though while whereas because".split())
# "since" opening a clause of reason, not a time: "has not sent arms since it fears escalation"
_REASON_SUBJECTS = frozenset("it they he she we i you there this that".split())


def since_after(view: SentenceView, at: int) -> bool:
    """Does "since <time>" follow the verb at *at* within its clause ("has not sent tanks to Kyiv since May")?"""
    for k in range(at + 1, min(len(view.tokens) - 1, at + 16)):
        word = view.lower[k]
        if word == "since":
            return view.lower[k + 1] not in _REASON_SUBJECTS
        if word in CLAUSE_END or word in _CLAUSE_BREAKS:
            return False
    return False
