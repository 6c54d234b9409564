"""A speaker the gazetteers do not know, named in apposition to a description: "The cocoa regulator, Cocobod,
has said ...", "the state oil company, Petroperu, said ...". The description says it is a body; the
capitalised name between the commas is the speaker."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef

_OPENS = frozenset(", ; and but".split())
_AUXILIARIES = frozenset("has have had also previously repeatedly".split())


def described_name(view: SentenceView, chunk_start: int, verb: int) -> tuple[EntityRef, int] | None:
    """The name set off by commas that ends right before *chunk_start* (the ", said" or ", has said" chunk
    of the speech verb at *verb*), when a lower-case description opened by "the" stands before it; with its
    first token, else None."""
    if not _AUXILIARIES.issuperset(view.lower[chunk_start:verb]):
        return None
    comma = chunk_start - 1
    if comma < 4 or view.lower[comma] != ",":
        return None
    found = source_name(view, comma - 1, -1)
    if found is None or found[2] != comma or found[1] < 3 or view.lower[found[1] - 1] != ",":
        return None
    start = found[1] - 2
    while start > 0 and view.lower[start - 1] not in _OPENS and view.lower[start - 1] not in (".", '"', "“", "”"):
        start -= 1
    words = view.tokens[start:found[1] - 1]
    if len(words) < 2 or words[0].lower != "the" or any(k in view.actor_at for k in range(start, found[1] - 1)) \
            or not all(t.text.islower() for t in words[1:]):
        return None
    return found[0], found[1]
