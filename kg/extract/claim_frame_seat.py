""""Julie Kozack told a briefing in Washington that talks with the authorities were constructive",
"Marcos, speaking on a visit to Jakarta, said his government ...": a capital after a preposition outside
what was said places the attribution (where it was said, gold rule C3), so when the statement names no
one, that capital's state is not what it is about."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_PLACING = frozenset("in to at during".split())  # not "officials from Ottawa and Washington"


def seat_of_frame(view: SentenceView, mention: Mention) -> bool:
    """Is *mention* a capital standing after a preposition of place ("in Washington", "a visit to Jakarta")?"""
    return mention.how == "capital" and mention.first > 0 and view.lower[mention.first - 1] in _PLACING
