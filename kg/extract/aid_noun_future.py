"""Aid named by a noun whose clause says it is still to come: "Qatar's fuel grant to Lebanon will be delivered in
three batches", "The Japanese loan to Kenya is to be disbursed next year". The aid noun alone reads as given;
its own verb in the future or "is to be" puts the stage at a promise (README A3 "pledged": will send), and its own
verb of signing puts it at a contract ("The $2 billion loan from China to Kenya was signed in April": approved)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_FUTURE = (("will", "be"), ("would", "be"), ("is", "to", "be"), ("are", "to", "be"), ("is", "due", "to", "be"),
           ("are", "due", "to", "be"), ("is", "expected", "to", "be"), ("are", "expected", "to", "be"))
_DONE = frozenset("delivered disbursed shipped sent paid handed released transferred supplied provided given "
                  "deposited".split())


_PAST = (("was",), ("were",), ("has", "been"), ("have", "been"), ("had", "been"))
_SIGNED = frozenset("signed inked concluded finalised finalized sealed".split())


def nouns_still_to_come(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* of an aid noun followed by "(to <getter>) will be / is to be <given>", pledged, or by "(to <getter>)
    was / has been signed", approved."""
    revised = []
    for f in frames:
        if f.trigger.frame == "aid-noun" and f.status == "delivered":
            if _verb_in(view, f, _FUTURE, _DONE):
                f = replace(f, status="pledged")
            elif _verb_in(view, f, _PAST, _SIGNED):
                f = replace(f, status="approved")
        revised.append(f)
    return revised


def _verb_in(view: SentenceView, frame: Frame, phrases: tuple, verbs: frozenset[str]) -> bool:
    """Does the noun's own verb (one of *phrases* then one of *verbs*) follow the noun, or its item (which may have
    read on past the verb: "the first tranche of the Japanese loan will be released in June")?"""
    end = max(e for _, e, _ in frame.segments) if frame.segments else frame.last
    return _verb_after(view, end, phrases, verbs) or any(
        _verb_after(view, j, phrases, verbs) for j in range(frame.last, end)
        if j == frame.last or view.lower[j] in ("will", "would", "is", "are", "was", "were", "has", "have", "had"))


def _verb_after(view: SentenceView, end: int, phrases: tuple, verbs: frozenset[str]) -> bool:
    words = view.lower
    j = end
    while j < len(words) and words[j] in ("to", "for", "from") and j + 1 in view.actor_at:
        j = view.group(view.actor_at[j + 1])[-1].last  # "fuel grant to Lebanon will be delivered", "loan from China to"
    for phrase in phrases:
        k = j + len(phrase)
        if tuple(words[j:k]) == phrase and k < len(words) and words[k] in verbs:
            return True
    return False
