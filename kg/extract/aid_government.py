""""The government" as the subject of a request: "The government has asked the Fund for a further $1 billion
in support" in a story about one state's finances is that state's government. Only a request reads it so:
the one who asks is the one the story is about, while a giver named only as "the government" may be anyone."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

_GOVERNMENT = frozenset("government authorities administration cabinet junta regime".split())
_BEFORE = frozenset("the interim new military caretaker cash-strapped".split())
_BEFORE_SUBJECT = frozenset(", and but ; that".split()) | SAID_SAYS


def own_government(view: SentenceView, at: int, context) -> tuple:
    """The state the story is about when the verb at *at* has "the (interim) government" as its subject."""
    j = at - 1
    while j > 0 and (view.lower[j] in ("has", "have", "had", "also", "already", "now", "again", "formally", "will", "since",
                                       "would", "plans", "to", "intends", "hopes", "is", "was", "expected")
                     or view.lower[j].endswith("ly")):
        j -= 1
    if j < 1 or view.lower[j] not in _GOVERNMENT:
        return ()
    k = j - 1
    while k >= 0 and view.lower[k] in _BEFORE and view.lower[k] != "the":
        k -= 1
    if k < 0 or view.lower[k] != "the" or (k > 0 and view.lower[k - 1] not in _BEFORE_SUBJECT):
        return ()
    topic = context.topic or context.document_topic
    states = [e for e in topic if e.kind == "state"]
    return (states[0],) if len(states) == 1 else ()
