"""An event named as a point in time is no meeting of the clause's persons: "Ruto's visit comes a month after the
African Union summit", "ahead of the NATO summit, Rutte said ...". The summit is the body's own (M2: a body
whose members meet), which the caller keeps through its named body; who the clause names did not attend it
as far as the text says."""

from __future__ import annotations

from kg.extract.meeting_places import meeting_place
from kg.extract.meeting_sides import named_body
from kg.extract.view import SentenceView
from kg.model import Evidence, Meeting, Mention

_TIME_WORDS = frozenset("after before since following ahead until".split())
_MULTILATERAL = frozenset(("summit", "conference", "forum", "councilSession"))


def landmark(view: SentenceView, first: int, kind: str) -> bool:
    """Is the multilateral trigger at *first* the object of a time word ("after the G20 summit", "ahead of
    the AU summit"), a body's name and modifiers between?"""
    if kind not in _MULTILATERAL:
        return False
    k = first - 1
    while k >= 0 and first - k <= 6 and (k in view.actor_at or view.tokens[k].text.islower() and view.lower[k] not in
                                         _TIME_WORDS and view.lower[k] not in ("the", "of", ",")):
        k -= 1  # "the annual African Union summit"
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    if k >= 1 and view.lower[k] == "of" and view.lower[k - 1] == "ahead":
        return True
    return k >= 0 and view.lower[k] in _TIME_WORDS and view.lower[k] != "ahead"


def body_event(view: SentenceView, first: int, last: int, kind: str, evidence: Evidence,
               places: list[Mention]) -> list[Meeting]:
    """The body's own event named as a landmark, at the place named right after it ("after the African Union
    summit in Addis Ababa"), undated; none when no body is named."""
    body = named_body(view, first, last, kind)
    if body is None:
        return []
    place, _ = meeting_place(view, last, min(last + 5, len(view.tokens)), places)
    return [Meeting((body,), kind, evidence, place, None)]
