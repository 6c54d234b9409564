"""A meeting told before, then dated by another: "The call came days after Taye travelled to Nairobi for
talks with Mudavadi", "The video call came a week after Wang met Lavrov in Beijing". The words before
"after"/"before" name the earlier meeting again (the call); the meeting of the clause after it is an
in-person one, so neither its kind nor its place is the call's."""

from __future__ import annotations

from kg.extract.view import SentenceView

_ORDER = frozenset("after before follows followed following precedes preceded".split())
_DEFINITE = frozenset("the this that".split())


def _order_word(view: SentenceView, start: int, end: int) -> int | None:
    return next((k for k in range(end - 1, start - 1, -1) if view.lower[k] in _ORDER), None)


def told_before(view: SentenceView, hit: tuple[int, int, str], hits: list[tuple[int, int, str]]) -> bool:
    """The trigger *hit* is "the call" ahead of an "after"/"before" that another trigger follows."""
    first, last, _ = hit
    if first == 0 or view.lower[first - 1] not in _DEFINITE and not (
            first > 1 and view.lower[first - 2] in _DEFINITE):  # "the call", "the video call"
        return False
    order = next((k for k in range(last, min(last + 8, len(view.tokens))) if view.lower[k] in _ORDER), None)
    return order is not None and any(h[0] > order for h in hits)


def cue_start(view: SentenceView, c_first: int, trigger: int) -> int:
    """Where the words that make a meeting virtual start for the trigger at *trigger*: after an
    "after"/"before" before it ("The call came days after X travelled to Nairobi for talks"), else *c_first*."""
    order = _order_word(view, c_first, trigger)
    return order + 1 if order is not None else c_first
