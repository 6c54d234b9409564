"""A speaker named after the accord's clause is no party: in "Bolivia signed a defence agreement with Iran,
Argentina's foreign ministry said on Tuesday" or "..., according to Argentina" Argentina only reports the
accord (AG1). The clause ends at the comma before the attribution, but only where it names both sides
already: in "A loan agreement was signed with China, Pakistan's finance ministry said" the speaker is the
other side."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

_ENDS = frozenset(". ; ! ?".split())


def final_attribution(view: SentenceView, c_first: int, last: int, c_last: int) -> int:
    """The end of the clause *c_first*..*c_last* (its accord noun ending before *last*) before a closing
    attribution ", X said (on Tuesday)." or ", according to X.", where the clause before it names two
    actors; else *c_last*."""
    for j in range(last, c_last):
        if view.lower[j] != ",":
            continue
        if len(view.actors_in(c_first, j)) < 2:
            return c_last
        if tuple(view.lower[j + 1:j + 3]) == ("according", "to") and _closes(view, j + 3):
            return j
        verb = next((k for k in range(j + 1, min(j + 9, c_last)) if view.lower[k] in SAID_SAYS or view.lower[k] in (",", "that")), None)
        if verb is not None and view.lower[verb] in SAID_SAYS and _closes(view, verb + 1):
            return j
    return c_last


def _closes(view: SentenceView, start: int) -> bool:
    """Does the sentence end within a few words of *start*, with no other comma or clause ("on Tuesday.")?"""
    end = min(start + 8, len(view.tokens))
    for k in range(start, end):
        if view.lower[k] in _ENDS:
            return True
        if view.lower[k] in (",", "that", "and", "but"):
            return False
    return end == len(view.tokens)
