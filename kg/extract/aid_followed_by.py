"""The next giver of a ranked list named in a participle: "Saudi Arabia led with $100 million, followed by the UAE
with $50 million", "Japan gave the most, followed by South Korea and Australia". Each giver after "followed by"
gives to the same getter, at the same stage, as the flow the participle follows; the first flow's item ends at the
comma."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Context, Frame
from kg.extract.view import SentenceView, unique


def followed_by(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with a frame for the givers after ", followed by" inside a flow's item (its getter named, or the
    one in hand)."""
    if "followed" not in view.lower:
        return frames
    added = []
    for frame in frames:
        getters = unique(r for _, _, rs in frame.segments for r in rs or ()) or context.recipients
        if not frame.donors or not getters:
            continue
        for s, e, rs in frame.segments:
            at = next((j for j in range(s + 1, e - 2) if view.lower[j] == "," and view.lower[j + 1] == "followed"
                       and view.lower[j + 2] == "by"), None)
            if at is None:
                continue
            k = at + 3 + (view.lower[at + 3] == "the")
            if k not in view.actor_at:
                continue
            givers = unique(m.entity for m in view.group(view.actor_at[k]) if m.entity not in getters)
            if not givers:
                continue
            last = view.group(view.actor_at[k])[-1].last
            item = (last + 1, e) if view.lower[last:last + 1] == ("with",) else (at + 1, last)
            frame.segments = [(s2, at if s2 == s else e2, rs2) for s2, e2, rs2 in frame.segments]
            added.append(replace(frame, donors=givers, segments=[(*item, rs)], quote_first=at + 1, quote_last=e))
            break
    return frames + added
