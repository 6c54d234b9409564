"""An offer or supply its getter never used, said in a later clause of the same sentence: "China offered
Laos a $300 million credit line, but Laos never drew on it", "Japan lent two patrol aircraft, but the navy
never used them". The flow just named did not go on (README A3: never used it), so it gets a declined
record of its own; its earlier stage stays."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_LINKS = frozenset(("but", "yet", "though", "although"))
_NOT = (("never",), ("did", "not"), ("did", "n't"), ("has", "never"), ("have", "never"), ("had", "never"),
        ("has", "not"), ("have", "not"), ("had", "not"))
_USING = (("used",), ("use",), ("drew", "on"), ("draw", "on"), ("drawn", "on"), ("tapped",), ("tap",),
          ("touched",), ("touch",), ("took", "up"), ("take", "up"), ("taken", "up"))
_POINTING = frozenset("it them the".split())
_STAGED = frozenset(("pledged", "delivered", "approved", "offered"))
_REACH = 6  # words of the getter between the link and the negation ("the Sri Lankan navy")


def never_used(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a declined copy of the flow that a later "but <getter> never used it" says went unused."""
    words = view.lower
    for j, word in enumerate(words):
        if word not in _LINKS:
            continue
        end = _unused_at(words, j)
        if end is None:
            continue
        before = [f for f in frames if f.quote_last <= j and f.status in _STAGED and f.donors
                  and any(rs for _, _, rs in f.segments)]
        if before and not any(f.status == "declined" for f in frames):
            return frames + [replace(before[-1], status="declined", quote_last=end)]
    return frames


def _unused_at(words: tuple[str, ...], link: int) -> int | None:
    """The end of "never used it" in the clause after the link at *link*, or None."""
    for k in range(link + 1, min(len(words), link + 2 + _REACH)):
        if words[k] in (",", ";", "."):
            return None
        for neg in _NOT:
            if tuple(words[k:k + len(neg)]) != neg:
                continue
            v = k + len(neg)
            for use in _USING:
                if tuple(words[v:v + len(use)]) == use and v + len(use) < len(words) \
                        and words[v + len(use)] in _POINTING:
                    return v + len(use) + 1
    return None
