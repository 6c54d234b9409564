"""A lending body and a state that reach a deal together: "Pakistan and the IMF reached a staff-level agreement
on a $7 billion loan", "The IMF and Egypt reached a staff-level agreement on the fourth review, which would
unlock $1.2 billion". As with "<state> reached a deal with the IMF" (aid_staff_deal), the body lends the sum
named after the deal to the state, and a staff deal is a promise until the body's board approves it
(README A3 "pledged")."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_staff_deal import STAFF_DEAL_ENTRY, DEAL_MAKING
from kg.extract.aid_thanked import LENDER_DEALS
from kg.extract.cues import revises
from kg.extract.view import SentenceView


@revises(lambda: LENDER_DEALS)  # "reached a staff-level agreement"
def joint_deal_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a pledged loan for "<state> and <lending body> reached a deal ... $N" that no frame reads."""
    words = view.lower
    for j in range(2, len(words)):
        if words[j] not in LENDER_DEALS:
            continue
        verb = next((k for k in range(j - 1, max(-1, j - 8), -1) if view.lemmas[k] in DEAL_MAKING), None)
        if verb is None:
            continue
        subject, subject_at = view.subject(verb)
        lenders = [s for s in subject if s.kind == "organisation"]
        states = [s for s in subject if s.kind == "state"]
        if len(subject) != 2 or len(lenders) != 1 or len(states) != 1 or any(lenders[0] in f.donors for f in frames):
            continue
        stop = next((k for k in range(j, len(words)) if words[k] in (";", ".", "but")), len(words))
        amount = next((k for k in range(j + 1, stop) if words[k][:1] in "$€£¥"), None)
        if amount is None:
            continue
        end = amount + 1
        while end < len(words) and (words[end] in ("million", "billion", "bn", "m") or words[end][:1].isdigit()):
            end += 1
        return frames + [Frame(STAFF_DEAL_ENTRY, j, j + 1, tuple(lenders), [(amount, end, tuple(states))], "pledged",
                               subject_at if subject_at is not None else verb, end)]
    return frames
