"""Earlier aid named as a sum already given beside a new one: "Japan promised a further $4.5 billion to Ukraine,
on top of $7.6 billion already provided", "in addition to $500 million disbursed last year". The sum already
given is the same giver's flow to the same getter at the stage its participle reports (README A2: a flow
pledged and one delivered are two records)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_BESIDES = (("on", "top", "of"), ("in", "addition", "to"), ("besides",))
_BESIDES_FIRST = frozenset(b[0] for b in _BESIDES)
_GIVEN = frozenset("provided given delivered disbursed sent paid supplied handed transferred shipped "
                   "deposited lent".split())


def sums_already_given(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a delivered copy of a flow followed by "on top of <sum> (already) <given>"."""
    added = []
    for frame in frames:
        if frame.status == "delivered" or not frame.donors or not any(rs for _, _, rs in frame.segments):
            continue
        given = _given_after(view, frame.first)
        if given is not None and not any(f.status == "delivered" and f.donors == frame.donors
                                         and any(rs for _, _, rs in f.segments) for f in frames + added):
            added.append(replace(frame, status="delivered", quote_last=max(frame.quote_last, given + 1)))
    return frames + added


def _given_after(view: SentenceView, verb: int) -> int | None:
    """The participle of "on top of <sum> (already) provided" in the clause after the verb at *verb*, if any."""
    words = view.lower
    for j in range(verb + 1, min(len(words), verb + 20)):
        if words[j] in (".", ";"):
            return None
        size = next((len(b) for b in _BESIDES if tuple(words[j:j + len(b)]) == b), 0) if words[j] in _BESIDES_FIRST \
            else 0
        if not size:
            continue
        k = j + size
        if k >= len(words) or not (words[k][:1] in "$€£¥" or words[k][:1].isdigit()):
            return None
        for m in range(k + 1, min(len(words), k + 6)):
            if words[m] in _GIVEN:
                return m  # "$7.6 billion already provided", "100 million euros disbursed last year"
            if words[m] in (",", ".", ";", "that", "which"):
                return None
        return None
    return None
