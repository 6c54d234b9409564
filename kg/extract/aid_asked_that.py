"""Aid a party asks to be given in a "that" clause: "Zambia's government has requested that its $1.3 billion
loan programme with the IMF be enlarged", "Cairo asked that the $4 billion deposit be rolled over for another
year". The subjunctive "be <done>" is asked for, not done: a request not yet answered (README A3
"unspecified"). A lending body's programme that the asker already has stays approved beside the request (a
flow at two stages is two records, README A2)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

_ASKING = frozenset("requested request requests asked asks ask urged urges proposed demanded".split())


def asked_that(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the aid noun of a "requested that <aid> be <done>" clause read as unspecified."""
    out: list[Frame] = []
    for frame in frames:
        if frame.status not in ("delivered", "approved") or not _asked_for(view, frame.first):
            out.append(frame)
            continue
        if frame.status == "approved":
            out.append(frame)  # "its loan programme" it holds: approved, and the enlargement asked for
        out.append(replace(frame, status="unspecified"))
    return out


def _asked_for(view: SentenceView, noun: int) -> bool:
    """Is the noun at *noun* inside the subject of "<asked> that ... be <participle>"?"""
    words = view.lower
    that = next((j for j in range(noun - 1, max(-1, noun - 9), -1)
                 if words[j] == "that" or words[j] in CLAUSE_END or words[j] in (",", ".")), None)
    if that is None or words[that] != "that" or that == 0 or words[that - 1] not in _ASKING:
        return False
    for k in range(noun + 1, min(len(words) - 1, noun + 12)):
        if words[k] in CLAUSE_END or words[k] in (",", ".", "that", "which"):
            return False
        if words[k] == "be" and words[k + 1].endswith(("ed", "en", "d")):
            return True
    return False
