"""A share of a flow just named: "The IMF approved a $175 million credit facility for the country in
November, of which $35 million was paid out immediately". The share is paid by the giver of the flow
before ", of which" and to its getter, not by whoever the discourse context last named."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView


def of_which(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a context-given frame that opens with ", of which" taking the flow before it."""
    out = list(frames)
    for n, frame in enumerate(frames):
        if n == 0 or not frame.used_context:
            continue
        start = min(s for s, _, _ in frame.segments) if frame.segments else frame.first
        if view.lower[max(0, start - 3):start][-2:] != ("of", "which") or view.lower[start - 3] != ",":
            continue
        if view.lower[start] in ("nothing", "none", "little", "no"):
            continue  # "pledged $500 million, of which nothing has yet been disbursed": no share was paid
        before = frames[n - 1]
        getters = next((rs for _, _, rs in before.segments if rs), None)
        if before.donors and getters:
            out[n] = replace(frame, donors=before.donors, segments=[(s, e, getters) for s, e, _ in frame.segments],
                             used_context=False)
    return out
