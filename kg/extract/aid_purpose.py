"""Money given for a purchase on someone's behalf: "Denmark has pledged 3.2 billion kroner to buy weapons
for Ukraine's armed forces from Ukrainian manufacturers".

The pledge names no getter of its own; the purchase it pays for does ("for Ukraine"). The getter of the
purchase is the getter of the pledge, and the purchase is no flow of its own: the buyer does not
receive what it buys for another, so its seller ("from Ukrainian manufacturers") gives nothing to it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView, unique

_STOPS = frozenset(", ; . from to which who that".split())


def purchase_purposes(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each "give X to buy Y for Z" read as one flow to Z, with the giver's status."""
    out = list(frames)
    for n, frame in enumerate(frames):
        if frame.trigger.frame != "give" or len(frame.segments) != 1 or frame.segments[0][2]:
            continue
        first, last, _ = frame.segments[0]
        to = _past_aside(view, last)
        if view.lower[to:to + 1] != ("to",):
            continue
        purchases = [m for m, f in enumerate(frames) if f.trigger.frame == "receive" and f.first == to + 1]
        if not purchases:
            continue
        getters = tuple(g for g in _beneficiaries(view, to + 2) if g not in frame.donors)
        if not getters:
            continue
        end = max(frames[m].quote_last for m in purchases)
        out[n] = replace(frame, segments=[(first, last, getters)], quote_last=max(frame.quote_last, end))
        for m in purchases:
            out[m] = None
    return [f for f in out if f is not None]


def _past_aside(view: SentenceView, at: int) -> int:
    """The token after a bracketed aside starting at *at* ("(nearly $500 million)"), else *at*."""
    if view.lower[at:at + 1] == ("(",):
        close = next((j for j in range(at + 1, min(at + 12, len(view.tokens))) if view.lower[j] == ")"), None)
        if close is not None:
            return close + 1
    return at


def _beneficiaries(view: SentenceView, after: int):
    """The state after "for" in the purchase's object: "weapons for Ukraine's armed forces"."""
    j = after
    while j < min(after + 10, len(view.tokens)) and view.lower[j] not in _STOPS:
        if view.lower[j] == "for":
            k = j + 1 + (view.lower[j + 1:j + 2] == ("the",))
            mention = view.actor_at.get(k)
            if mention is not None and mention.entity.kind == "state" and mention.how != "demonym":
                return unique([mention.entity])
            return ()
        j += 1
    return ()
