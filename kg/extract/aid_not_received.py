"""Goods said not to have come, in the passive: "The aid has not been received, officials said", "as far as
the $3 million was concerned, nothing has been received". A party saying the flow did not happen makes it
denied (README A3); "has not yet been received" with no one saying so leaves the flow still to come
(pledged), as "has not yet delivered" does for a give verb; a bare negation gives no flow."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import SAYING
from kg.extract.view import SentenceView

_GETTING = frozenset("receive get obtain".split())
_CHAIN = frozenset("has have had been be was were is are yet so far ever".split())
_NEGATION = frozenset("not n't never nothing none".split())


def not_received(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each passive "receive" frame under a negation restaged (or dropped)."""
    kept = []
    for frame in frames:
        if frame.trigger.frame != "receive" or frame.trigger.words[0] not in _GETTING \
                or frame.status != "delivered" or not view.lower[frame.first].endswith(("ed", "got", "gotten")):
            kept.append(frame)
            continue
        j = frame.first - 1
        chain = []
        while j >= 0 and (view.lower[j] in _CHAIN or view.lower[j] in _NEGATION):
            chain.append(view.lower[j])
            j -= 1
        if not set(chain) & _NEGATION or not {"been", "be", "was", "were", "is", "are"} & set(chain):
            kept.append(frame)
            continue
        if SAYING & set(view.lower) or {"nothing", "none"} & set(chain) or '"' in view.lower:
            kept.append(replace(frame, status="denied"))
        elif "yet" in chain:
            kept.append(replace(frame, status="pledged"))
    return kept
