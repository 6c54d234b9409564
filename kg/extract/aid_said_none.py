"""A party saying that none of the goods moved: "Minsk said no weapons had been sent to Russia", "The bank
said that no funds had been released to Argentina". The passive's subject opens with "no" right after a
verb of saying; the speaker denies the flow (README A3 `denied`) and, when the passive names no agent, is
its giver."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef


def said_none(view: SentenceView, subject_first: int, first: int) -> tuple[int, tuple[EntityRef, ...]] | None:
    """(where the goods start, the speakers) when "<speaker> said (that) no <goods> ..." opens the passive
    whose verb is at *first*; None otherwise."""
    if subject_first >= 2 and view.lower[subject_first - 1] == "that" and view.lower[subject_first - 2] in SAID_SAYS:
        subject_first -= 2  # the clause was cut after "that": "The bank said that no funds had been released"
    for k in range(subject_first, first - 1):
        if view.lower[k] not in SAID_SAYS:
            continue
        start = k + 1 + (view.lower[k + 1] == "that")
        if start >= first or view.lower[start] != "no" or any(w in ("and", ",") for w in view.lower[start:first]):
            return None
        speakers, _ = view.subject(k)
        return start, unique(s for s in speakers if s.kind in ("state", "organisation"))
    return None
