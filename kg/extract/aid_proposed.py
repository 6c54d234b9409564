"""Aid named as proposed: "notified Congress of a proposed sale of missiles to Egypt", "Congress was
notified of a potential $260 million sale". Proposed and not yet accepted: offered (README A3); a
verb that already approved it keeps its own stage."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_stopped_nouns import cancelled_by
from kg.extract.aid_slots import item_segments
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_PROPOSED = frozenset("possible potential proposed prospective planned".split())


def proposed_frame(view: SentenceView, frame: Frame | None, entry: Entry, first: int, last: int,
                   context: Context) -> Frame | None:
    """The aid noun's frame, offered when a "proposed/possible/potential" modifier stands before it."""
    window = view.lower[max(0, first - 5):first]
    if not set(window) & _PROPOSED or any(w in (",", ".", ";") for w in window[window.index(
            next(w for w in window if w in _PROPOSED)):]):
        return frame
    if frame is not None:
        if frame.status == "delivered":  # the noun's default; "approved a possible sale" stays approved
            frame.status = "offered"
        return frame
    if cancelled_by(view, first) is not None:
        return None  # "cancelled a planned shipment": the noun frame reads the cancelling
    subject, subject_at = view.subject(first)
    donors = tuple(r for r in subject if r.kind == "state") or context.donors
    if not donors:
        return None
    segments, end = item_segments(view, last, len(view.tokens), donors)
    named = unique(r for _, _, rs in segments if rs for r in rs)
    recipients = named or tuple(r for r in context.fallback_recipients() if r not in donors)
    if not recipients:
        return None
    return Frame(entry, first, last, donors, [(first, max(end, last), recipients)], "offered",
                 subject_at if subject_at is not None else first, max(end, last), used_context=not named)
