""""The two sides" after the two states its own sentence names: "Saudi Arabia deposited $5 billion in
Turkey's central bank in March, and the two sides are negotiating a currency swap" is Saudi Arabia and
Turkey, not the pair of the last accord told (a Qatari one two sentences before)."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef


def sentence_pair(view: SentenceView, c_first: int) -> tuple[EntityRef, ...]:
    """The two states the sentence names by name, capital or body before the clause at *c_first* (a demonym is
    mostly content: "Turkish infrastructure"); () unless exactly two."""
    states = unique(m.entity for m in view.actors if m.last <= c_first and m.entity.kind == "state"
                    and m.how != "demonym")
    return states if len(states) == 2 else ()
