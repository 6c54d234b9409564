"""Givers ranked after the first: "The United States was the largest donor with $444 million, followed by
the European Union with 78 million euros and Germany with 120 million euros". Each actor after "followed
by" gives the same getter at the same stage (the amounts after "with" are theirs)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView, unique


_ENDS = CLAUSE_END | {";", "."}


def followed_by(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* plus one frame for the givers after "followed by" in the clause of a frame with a getter."""
    if "followed" not in view.lower:
        return frames  # most sentences
    out = list(frames)
    for frame in frames:
        if not frame.donors or not any(rs for _, _, rs in frame.segments):
            continue
        at = next((j for j in range(frame.last, len(view.tokens) - 1)
                   if view.lower[j] == "followed" and view.lower[j + 1] == "by"), None)
        if at is None or any(view.lower[j] in _ENDS for j in range(frame.last, at)):
            continue
        end = next((j for j in range(at + 2, len(view.tokens)) if view.lower[j] in _ENDS), len(view.tokens))
        givers = unique(m.entity for m in view.actors_in(at + 2, end)
                        if view.lower[m.first - 1] != "with" and m.entity not in frame.donors
                        and not any(m.entity in (rs or ()) for _, _, rs in frame.segments))
        if givers:
            out.append(replace(frame, donors=givers, quote_last=max(frame.quote_last, end)))
    return out
