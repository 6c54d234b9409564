"""An offer brought to a state: "Beijing had approached PNG with an offer to help its police force with training
and equipment", "China approached Fiji with a proposal to fund a stadium". The subject offers, the state or body
approached would get it (README A3: offered)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_ENTRY = Entry(("approach",), "give", "offered")
_OFFERS = frozenset("offer offers proposal proposals".split())
_REACH = 6  # words between the state approached and "with": "approached PNG the previous September with"


def approached_frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of "<giver> approached <getter> with an offer (of/to) ..." with "approached" at token *at*."""
    if view.lemmas[at] != "approach":
        return None
    k = at + 1 + (view.lower[at + 1:at + 2] == ("the",))
    getter = view.actor_at.get(k)
    if getter is None or getter.entity.kind not in ("state", "organisation"):
        return None
    group = view.group(getter)
    with_at = next((x for x in range(group[-1].last, min(group[-1].last + _REACH, len(view.tokens) - 2))
                    if view.lower[x] == "with" or view.lower[x] in (",", ";", ".")), None)
    if with_at is None or view.lower[with_at] != "with" or view.lower[with_at + 1] not in ("a", "an") \
            or view.lower[with_at + 2] not in _OFFERS:
        return None
    givers, subject_at = view.subject(at)
    givers = tuple(g for g in givers if g.kind in ("state", "organisation"))
    if not givers:
        return None
    start = with_at + 3 + (view.lower[with_at + 3:with_at + 4] in (("of",), ("to",)))
    end = next((x for x in range(start, len(view.tokens)) if view.lower[x] in (",", ";", ".")), len(view.tokens))
    getters = unique(m.entity for m in group if m.entity not in givers)
    if start >= end or not getters:
        return None
    return Frame(_ENTRY, at, at + 1, givers, [(start, end, getters)], "offered",
                 subject_at if subject_at is not None else at, end)
