"""Goods of a flow staged again in a passive relative clause after it: "Japan pledged ten patrol boats to the
Philippines, which were delivered in 2023", "Qatar promised fuel to Lebanon's army, which was handed over in
March", "agreed to lend Pakistan $3 billion, half of which has been deposited", or arrived: "France agreed to
sell Armenia three radars, which arrived last summer". The relative's passive verb has no giver of its own
(the clause's subject is "which"); it reports a later stage of the flow before it, with that flow's giver,
goods and getter (README A2: a flow pledged and later delivered is two records). Only a stage reached is read:
"which will be delivered from 2027" repeats no more than the promise."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_AUX = frozenset("were was been have has had already later finally eventually since all then duly".split())
_BE = frozenset("were was been".split())
_SHARES = frozenset("half most some part all much many two three four five six seven eight nine ten".split())


def relative_passives(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each delivered frame of ", which were <verb>ed" that names no giver of its own (none, or one
    from the discourse context) given the flow before it."""
    revised = []
    for frame in frames:
        if (not frame.donors or frame.used_context) and frame.status == "delivered" \
                and (comma := _relative_comma(view, frame.first)) is not None \
                and (before := _flow_before(frames, comma)) is not None:
            frame = replace(frame, donors=before.donors, segments=list(before.segments), status="delivered",
                            quote_first=before.quote_first, quote_last=max(frame.last, frame.quote_last),
                            used_context=before.used_context)
        revised.append(frame)
    return revised + [replace(f, status="delivered", quote_last=arrived + 1)
                      for f in frames if f.status in ("pledged", "approved") and f.donors
                      and any(rs for _, _, rs in f.segments)
                      and (arrived := _arrival_after(view, f.quote_last)) is not None]


_ARRIVING = frozenset("arrived landed docked".split())  # not "reached" ("Syria, which reached a deal")


def _arrival_after(view: SentenceView, end: int) -> int | None:
    """The verb of ", which (have) arrived/reached ..." at the end of a flow's quote (*end*), if any."""
    words = view.lower
    j = end - 1 if end > 0 and words[end - 1] == "," else end
    if j + 2 >= len(words) or words[j] != "," or words[j + 1] not in ("which", "that"):
        return None
    k = j + 2
    while k < len(words) and words[k] in _AUX - _BE:
        k += 1
    return k if k < len(words) and words[k] in _ARRIVING else None


def _relative_comma(view: SentenceView, verb: int) -> int | None:
    """The comma of ", which/that (aux) <verb>" before the passive verb at *verb*, if the clause is one."""
    words = view.lower
    j = verb - 1
    while j >= 0 and words[j] in _AUX:
        j -= 1
    if j == verb - 1 or words[j + 1:verb] and not set(words[j + 1:verb]) & _BE:
        return None  # a passive: "were delivered", "have been handed over"
    if j >= 3 and words[j] == "which" and words[j - 1] == "of" and words[j - 3] == "," \
            and (words[j - 2] in _SHARES or words[j - 2][:1].isdigit()):
        return j - 3  # ", half of which has been deposited": a share of the flow before
    if j < 1 or words[j] not in ("which", "that") or words[j - 1] != ",":
        return None
    return j - 1


def _flow_before(frames: list[Frame], comma: int) -> Frame | None:
    """The last flow with a giver and a getter whose quote ends at the comma."""
    found = [f for f in frames if f.donors and any(rs for _, _, rs in f.segments)
             and f.quote_first < comma and comma - 1 <= f.quote_last <= comma + 3]  # (", half of")
    return found[-1] if found else None
