"""The source at the end of a longer "according to" phrase: "according to documents released by the
Kremlin", "according to a transcript posted on the Kremlin website", "according to a senior Indian
government official" (a state's official speaks for the state, gold rule C2)."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_STOPS = frozenset(", . ; : ( ) that who which".split())
_SPAN = 12
# the actor only qualifies the source: a person of it ("the Commission chief") or its media
_QUALIFIED = frozenset("chief head president director spokesman spokeswoman spokesperson minister secretary envoy "
                       "ambassador media press outlets outlet newspaper newspapers television radio".split())
# what an accord, a law or a plan lays down is no one's statement ("according to the deal between X and Y")
_NOT_SOURCES = frozenset("agreement agreements deal deals accord treaty pact contract terms law laws plan rules "
                         "resolution memorandum schedule data figures estimates".split())


def phrase_actor(view: SentenceView, start: int,
                 speaker: Callable[[Mention], EntityRef]) -> tuple[EntityRef, int, int] | None:
    """The first state, organisation or person named in the phrase from *start* to the next break:
    (speaker, its first token, the phrase's end), or None."""
    end = start
    while end < min(len(view.tokens), start + _SPAN) and view.lower[end] not in _STOPS:
        end += 1
    if end < len(view.tokens) and view.lower[end] not in _STOPS:
        return None  # a phrase too long to read as one source
    if start > 4 and end < len(view.tokens) - 1 and view.lower[end] == ",":
        return None  # a parenthetical mid-sentence: where its statement starts and ends is unclear
    if any(view.lower[k] in _NOT_SOURCES for k in range(start, end)):
        return None
    for k in range(start, end):
        mention = view.actor_at.get(k)
        if mention is not None:
            if any(view.lower[x] in _QUALIFIED for x in range(mention.last, end)):
                return None
            return speaker(mention), k, end
    return None
