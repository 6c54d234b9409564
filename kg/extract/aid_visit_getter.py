"""The host of a visit gets what the visitor gives there: "India offered help with vaccine production during a
visit to Ghana", "On a trip to Hanoi, Blinken pledged $15 million", "Visiting Nairobi, the minister
announced a $100 million loan".

A give frame with no getter named takes the one state the sentence's "visit to", "trip to", "tour of" or
"visiting" names, when that state is not the giver.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_TRIPS = frozenset("visit visits trip trips tour".split())


def visit_getters(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the visited state as the getter of each give frame that names none."""
    if not frames or (_TRIPS.isdisjoint(view.lower) and "visiting" not in view.lower):
        return frames
    host = _host(view)
    if host is None:
        return frames
    return [replace(f, segments=[(s, e, (host,)) for s, e, _ in f.segments])
            if f.trigger.frame == "give" and f.segments and not any(rs for _, _, rs in f.segments)
            and f.donors and host not in f.donors else f for f in frames]


def _host(view: SentenceView):
    hosts = set()
    for j, word in enumerate(view.lower):
        at = j + 2 if word in _TRIPS and view.lower[j + 1:j + 2] in (("to",), ("of",)) else \
            j + 1 if word == "visiting" else None
        if at is None:
            continue
        at += view.lower[at:at + 1] == ("the",)
        m = view.actor_at.get(at)
        if m is not None and m.first == at and m.entity.kind == "state":
            hosts.add(m.entity)
    return next(iter(hosts)) if len(hosts) == 1 else None
