"""A request to speed up supplies already on their way: "Israel has asked Washington to speed up
deliveries of 155mm shells", "Kyiv urged Berlin to accelerate the delivery of Taurus missiles". The party
asked gives, the asker gets; the request itself is not answered yet (README A3 "unspecified")."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import CLAUSE_END, SentenceView, unique

ASKING = frozenset("ask urge press push call".split())
_PACE = frozenset("speed accelerate expedite hasten quicken resume increase boost step ramp".split())
_PARTICLES = frozenset(("up", "on"))
_SUPPLY_NOUNS = frozenset("delivery deliveries supply supplies shipment shipments transfer transfers".split())
_ENTRY = Entry(("ask",), "receive", "unspecified")


def hasten_frame(view: SentenceView, at: int, frames: list[Frame]) -> Frame | None:
    """The frame of an ask verb at *at* whose object is asked to hasten a supply; the supply noun's own
    frame (which took the asker for its giver) is dropped from *frames*."""
    if view.lemmas[at] not in ASKING:
        return None
    k = at + 1 + (at + 1 < len(view.tokens) and view.lower[at + 1] in ("on", "the"))  # "called on Berlin"
    if k not in view.actor_at:
        return None
    group = view.group(view.actor_at[k])
    j = group[-1].last
    if j + 2 >= len(view.tokens) or view.lower[j] != "to" or view.lemmas[j + 1] not in _PACE:
        return None
    j += 2
    while j < len(view.tokens) and (view.lower[j] in _PARTICLES or view.lower[j] in ("the", "its", "their")):
        j += 1
    if j + 2 < len(view.tokens) and view.lower[j] not in _SUPPLY_NOUNS and view.lower[j].isalpha():
        j += 1 + (view.lower[j + 1] not in _SUPPLY_NOUNS and view.lower[j + 1].isalpha())  # "resume diesel supplies"
    if j >= len(view.tokens) or view.lower[j] not in _SUPPLY_NOUNS:
        return None
    askers, subject_at = view.subject(at)
    donors = unique(m.entity for m in group if m.entity not in askers)
    if not askers or not donors:
        return None
    stop = j + 1
    while stop < len(view.tokens) and view.lower[stop] not in (".", ",", ";") and view.lower[stop] not in CLAUSE_END:
        stop += 1
    named = [m.entity for m in view.actors_in(j + 1, stop) if view.word_before(m) == "to" and m.entity not in donors]
    frames[:] = [f for f in frames if not f.first <= j < f.last]  # "gas deliveries to Moldova" as a noun
    return Frame(_ENTRY, at, at + 1, donors, [(j, stop, tuple(named) or askers)], "unspecified",
                 subject_at if subject_at is not None else at, stop)
