"""Part of a promised flow already handed over, said in a relative clause: "Norway promised eight tanks
to Ukraine, of which four have been delivered", "pledged $50 million, of which $20 million has been
disbursed". The pledge keeps its record and the part given is a delivered one (README A2)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_HANDED = frozenset("delivered sent shipped disbursed paid transferred handed supplied provided received "
                    "arrived released spent".split())
_PROMISED = frozenset("pledged approved offered".split())
_NOTHING = frozenset("not none nothing no yet".split())


def partly_given(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a delivered copy of the promise that "of which ... has been delivered" follows."""
    added = []
    for j in range(1, len(view.tokens) - 1):
        if view.lower[j] != "which" or view.lower[j - 1] != "of":
            continue
        verb = next((k for k in range(j + 1, min(j + 9, len(view.tokens)))
                     if view.lower[k] in _HANDED or view.lower[k] in (",", ";", ".")), None)
        if verb is None or view.lower[verb] not in _HANDED or set(view.lower[j:verb]) & _NOTHING:
            continue
        promise = next((f for f in reversed(frames) if f.quote_first < j and f.status in _PROMISED
                        and any(rs for _, _, rs in f.segments)), None)
        if promise is not None and not any(f.status == "delivered" and f.donors == promise.donors for f in frames):
            added.append(replace(promise, status="delivered", segments=list(promise.segments),
                                 quote_last=max(promise.quote_last, verb + 1)))
    return frames + added
