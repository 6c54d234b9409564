"""Aid named by a noun whose clause says it is still to come: "Qatar's fuel grant to Lebanon will be delivered in
three batches", "The Japanese loan to Kenya is to be disbursed next year". The aid noun alone reads as given;
its own verb in the future or "is to be" puts the stage at a promise (README A3 "pledged": will send)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_FUTURE = (("will", "be"), ("would", "be"), ("is", "to", "be"), ("are", "to", "be"), ("is", "due", "to", "be"),
           ("are", "due", "to", "be"), ("is", "expected", "to", "be"), ("are", "expected", "to", "be"))
_DONE = frozenset("delivered disbursed shipped sent paid handed released transferred supplied provided given "
                  "deposited".split())


def nouns_still_to_come(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* of an aid noun followed by "(to <getter>) will be / is to be <given>", pledged."""
    return [replace(f, status="pledged") if f.trigger.frame == "aid-noun" and f.status == "delivered"
            and _future_in(view, f) else f for f in frames]


def _future_in(view: SentenceView, frame: Frame) -> bool:
    """Does the future verb follow the noun, or its item (which may have read on past the verb: "the first
    tranche of the Japanese loan will be released in June")?"""
    end = max(e for _, e, _ in frame.segments) if frame.segments else frame.last
    return _future_after(view, end) or any(_future_after(view, j) for j in range(frame.last, end)
                                           if j == frame.last or view.lower[j] in ("will", "would", "is", "are"))


def _future_after(view: SentenceView, end: int) -> bool:
    words = view.lower
    j = end
    if j < len(words) and words[j] in ("to", "for") and j + 1 in view.actor_at:
        j = view.actor_at[j + 1].last  # "fuel grant to Lebanon will be delivered"
    for phrase in _FUTURE:
        k = j + len(phrase)
        if tuple(words[j:k]) == phrase and k < len(words) and words[k] in _DONE:
            return True
    return False
