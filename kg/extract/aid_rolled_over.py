"""A loan or deposit rolled over: "China has rolled over $2.4 billion in loans to Pakistan", "the UAE rolled
over $2 billion in deposits for another year". Keeping money lent for a further term is an extension granted,
contracted like a renewal (README A3 "approved"), not a new transfer. A rollover going on or repeated ("loans
that the three are rolling over", "deposits which have been rolled over year after year") stays a standing
supply, delivered, and a rollover promised ("will roll over") keeps its cue."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_HABITUAL = frozenset("after every each repeatedly routinely regularly again annually".split())
_BE = frozenset("is are was were be been being".split())


def rolled_over(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each active "rolled over" read as delivered made approved."""
    return [replace(f, status="approved") if f.status == "delivered" and _granted(view, f.first) else f
            for f in frames]


def _granted(view: SentenceView, verb: int) -> bool:
    words = view.lower
    if words[verb] != "rolled" or words[verb + 1:verb + 2] != ("over",):
        return False
    if verb > 0 and words[verb - 1] in _BE:
        return False  # "were rolled over": the passive of a standing supply
    clause_end = next((k for k in range(verb + 2, len(words)) if words[k] in (".", ";", ",")), len(words))
    return not any(w in _HABITUAL for w in words[verb + 2:clause_end])
