"""An aid noun that a party is asked to comment on, or will not comment on, names no new flow: "did not
respond to requests for comment on the terms of the Emirati loan", "would not comment on the size of the
Saudi aid package". The sentence reports silence about a flow the article has already told (or not), so it
gives neither a stage (the request is a reporter's, not a request for the goods) nor a getter from the
context."""

from __future__ import annotations

from kg.extract.view import SentenceView

_COMMENT = frozenset("comment comments commenting".split())
_ABOUT = frozenset("on about regarding".split())
_STOPS = frozenset(". ; : , and but which that who while".split())


def commented_on(view: SentenceView, first: int) -> bool:
    """Is the noun at *first* in what is commented on ("requests for comment on the terms of the loan")?"""
    for j in range(first - 1, max(0, first - 12), -1):
        if view.lower[j] in _STOPS:
            return False
        if view.lower[j] in _ABOUT and view.lower[j - 1] in _COMMENT:
            return True
    return False
