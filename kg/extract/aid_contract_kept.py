"""A signed contract hidden by a giverless frame after it: "Vietnam signed a $700 million contract with South
Korea for 20 K9 howitzers, to be delivered from 2026". The passive infinitive names no giver and its frame is
dropped later, but its quote covered the contract noun, so the contract was never read; it is read here as
the approved flow it is (README A3: a purchase contract signed)."""

from __future__ import annotations

from kg.extract.aid_contracts import CONTRACT_NOUNS, contract_frame
from kg.extract.aid_nouns import Context, Frame
from kg.extract.view import SentenceView


def contracts_kept(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with the contract frame of each contract noun that only giverless frames cover."""
    added = []
    for j, word in enumerate(view.lower):
        if word not in CONTRACT_NOUNS:
            continue
        covering = [f for f in frames if f.quote_first <= j < f.quote_last]
        if not covering or any(f.donors for f in covering):
            continue
        given = [f for f in frames if f.donors]
        frame = contract_frame(view, j, given, context)
        if frame is not None and frame.donors:
            added.append(frame)
    return frames + added
