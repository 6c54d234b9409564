"""Who speaks inside an agreement's clause is no party for that: "under its Extended Credit Facility, a
programme that Treasury says is meant to help ...", "a deal which the ministry says will cut prices": the
body that says something about the accord reports it (a claim), it does not sign it."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_SAYS = frozenset("says said say told tells notes noted believes believe argues argued insists insisted "
                  "claims claimed estimates estimated".split())
_RELATIVE = frozenset("that which who".split())


def inner_speaker(view: SentenceView, mention: Mention, noun: int) -> bool:
    """The actor *mention* after the agreement noun ending at *noun* is the speaker of a relative clause
    ("a programme that Treasury says is ...", "the deal, which Moscow says it honours"): a relative pronoun
    just before it, a speech verb just after it."""
    if mention.first <= noun or mention.last >= len(view.tokens) or view.lower[mention.last] not in _SAYS:
        return False
    k = mention.first - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    return k >= 0 and view.lower[k] in _RELATIVE
