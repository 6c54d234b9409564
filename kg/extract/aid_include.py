"""The item list of an aid noun: "This assistance includes X, Y and Z", "Tokyo's aid to Manila includes
radars and patrol boats". The giver is an actor of the noun phrase before the verb, else the discourse
context's; the receiver a state after "to"/"for" there, else the context's."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import item_segments
from kg.extract.view import unique


def include_frame(view, first, last, entry, context) -> Frame | None:
    """"This assistance includes X, Y and Z": actors from the noun phrase or the context."""
    own = [m for m in view.state_in(0, first) if not view.in_pp(m)]
    donors = unique(m.entity for m in own) or context.donors or context.subject
    segments, end = item_segments(view, last, len(view.tokens), donors)
    named = unique(m.entity for m in view.state_in(0, first)  # "Tokyo's aid to Manila includes"
                   if view.lower[m.first - 1] in ("to", "for") and m.entity not in donors)
    segments = [(s, e, r or named or context.recipients or context.topic) for s, e, r in segments]
    frame = Frame(entry, first, last, donors, segments, context.status or "delivered", 0, end,
                   used_context=not own)
    return frame
