"""An answer to an offer made earlier in the same sentence: "France offered 5 million euros, but the
Moroccan government did not take up the offer". "the offer" is France's, not the offer of the giver
the paragraph named before the sentence.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_BACK_NOUNS = frozenset("offer offers proposal aid help assistance money package it them".split())


def same_sentence_offer(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the giver of a receive frame that took its giver from the context, and whose object
    points back ("the offer", "it"), set to the giver of the give frame before it in the sentence."""
    out: list[Frame] = []
    for n, frame in enumerate(frames):
        if frame.trigger.frame == "receive" and frame.used_context and frame.segments:
            s, e, _ = frame.segments[0]
            words = [w for w in view.lower[s:e] if w not in ("the", "this", "that", "its", "their")]
            before = next((f for f in reversed(frames[:n]) if f.trigger.frame == "give" and f.donors
                           and f.last <= frame.first), None)
            if before is not None and len(words) == 1 and words[0] in _BACK_NOUNS:
                frame = replace(frame, donors=before.donors)
        out.append(frame)
    return out
