"""The subject's next act: in "Honduras cut ties with Taiwan and then signed a deal with China" the clause
after "and then" (or "and later", "and subsequently") is an event of its own (kg.extract.event_clauses), whose
subject is the sentence's: Honduras signs with China."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

_SEQUENCE = frozenset("later then afterwards subsequently".split())


def sequence_subject(view: SentenceView, c_first: int, parties: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """*parties* with the sentence's subject before them, where the clause from *c_first* opens with "then",
    "later" ... after "and"; *parties* else."""
    if c_first < 2 or view.lower[c_first - 1] != "and" or view.lower[c_first] not in _SEQUENCE:
        return parties
    subject, _ = view.subject(c_first - 1)
    return unique([*subject, *parties]) if subject else parties
