"""The subject of a verb in a relative clause on a group led by a state: "a coalition led by Saudi Arabia
that has bought much of its arsenal from Britain" (the state that leads the group buys)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_AUXILIARIES = frozenset("have has had will would shall should can could may might must is are was were be been "
                         "being do does did not also already still now then just recently reportedly long".split())
_LEADING = frozenset("led headed dominated".split())


def led_by_subject(view: SentenceView, first: int):
    """For a verb at *first* opening a "that/which/who" clause right after "led by X": ((X,), its token);
    else None."""
    j = first - 1
    while j > 0 and (view.lower[j] in _AUXILIARIES or view.lower[j].endswith("ly")):
        j -= 1
    if j < 2 or view.lower[j] not in ("that", "which", "who") or view.lower[j - 1] == ",":
        return None
    before = view.actor_at.get(j - 1)
    if before is None:
        return None
    lead = before.first - 1 - (view.lower[before.first - 1] == "the")
    if lead >= 1 and view.lower[lead] == "by" and view.lower[lead - 1] in _LEADING:
        return (before.entity,), before.first  # "a coalition led by Saudi Arabia that has bought"
    return None
