""""A spokesman for the court said ...", "an official at the agency said ...": an unnamed speaker for a body
described with "the" speaks for the body named before with that noun (gold rule C2), never for the
spokesman of another body named earlier ("Kremlin spokesman Dmitry Peskov ... A spokesman for the court"):
when the body cannot be told, the statement has no speaker we can name."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.view import SentenceView
from kg.model import EntityRef

_UNNAMED = frozenset("spokesman spokeswoman spokesperson official officials representative".split())
_LINKS = frozenset("for of at from".split())
_FILLERS = frozenset("also has have had earlier later".split())


def spokes_for_described(view: SentenceView, verb: int, describe: Callable[[int], EntityRef | None]) \
        -> tuple[EntityRef | None, int] | None:
    """(the body, where its description starts) for "<a spokesman> for the <noun> <said>" at *verb*, (None,
    start) when the description names no body read before, or None when the frame is not there."""
    noun = verb - 1
    while noun > 0 and view.lower[noun] in _FILLERS:
        noun -= 1
    if noun < 3 or not view.tokens[noun].text.islower() or not view.tokens[noun].text.isalpha():
        return None
    the = noun - 1 if view.lower[noun - 1] == "the" else None
    if the is None or the < 2 or view.lower[the - 1] not in _LINKS or view.lower[the - 2] not in _UNNAMED:
        return None
    mention = view.actor_at.get(noun)  # "the court" already read as the court named before
    found = mention.entity if mention is not None and mention.first == the + 1 else describe(noun)
    return (found if found is not None and found.kind != "person" else None), the  # None: no one we can name
