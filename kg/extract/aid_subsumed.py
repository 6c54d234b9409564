"""An aid noun inside the item of a verb frame is that frame's item, not a flow of its own: "The US assistance
will be sent to Haiti next week" is one pledged flow, not also a delivered "US assistance". The verb gives the
stage; the noun read alone would add a second, wrong one."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame


def subsumed_nouns(frames: list[Frame]) -> list[Frame]:
    """*frames* less the aid-noun frames whose noun lies in the item of a give or receive frame of the same giver
    that names its getter (a verb frame that gives no flow leaves the noun its own)."""
    if all(f.trigger.frame != "aid-noun" for f in frames):
        return list(frames)  # no aid noun to drop (most sentences)
    verbs = [f for f in frames if f.trigger.frame in ("give", "receive")]
    return [f for f in frames if f.trigger.frame != "aid-noun" or not any(
        set(f.donors) <= set(g.donors) and any(s <= f.first < e and rs for s, e, rs in g.segments) for g in verbs)]
