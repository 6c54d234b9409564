""""China responded with sanctions", "Japan responded quickly to the quake", "the embassy has not responded
to requests for comment", "the coast guard responded by sending two vessels": responding is an act unless
words follow ("responded that ...", '"...," he responded', "responded with a statement calling ...",
"responded by saying ..."); gold rule C1 needs a statement."""

from __future__ import annotations

from kg.extract.speech_verbs import GERUND
from kg.extract.view import SentenceView

_RESPOND = frozenset("responded responds respond".split())
_WORDS = frozenset("statement remarks comments comment words message letter post".split())
_CLAUSE = frozenset(["that", ",", ".", ":", ";", '"', "“", "”"])
_REACH = 6


def response_act(view: SentenceView, j: int) -> bool:
    """Is the verb at *j* "responded" with no words after it: "to" an event, "with" a deed, "by" doing?"""
    if view.lower[j] not in _RESPOND:
        return False
    n = len(view.tokens)
    for k in range(j + 1, min(j + 1 + _REACH, n)):
        word = view.lower[k]
        if word in _CLAUSE:
            return False
        if word == "with":
            return not any(view.lower[x] in _WORDS for x in range(k + 1, min(k + 4, n)))
        if word == "by":
            return k + 1 >= n or view.lower[k + 1] not in GERUND
        if word in ("to", "against", "for"):
            return True
    return False
