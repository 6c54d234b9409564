"""Aid spoken of in general, not a flow: "Aid of this kind is usually announced on social media", "Help of
that sort is rarely refused". An item that names a kind of aid ("of this kind", "of that sort", "of such
type") is no transfer of its own, whoever the context says gives."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_KINDS = frozenset("kind kinds sort sorts type types".split())
_POINTERS = frozenset("this that such these those".split())


def without_generic(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* without those whose item is aid "of this kind"."""
    if _KINDS.isdisjoint(view.lower):
        return frames
    return [f for f in frames if not any(_generic(view, s, e) for s, e, _ in f.segments)]


def _generic(view: SentenceView, first: int, last: int) -> bool:
    words = view.lower[first:last]
    return any(words[k] == "of" and words[k + 1] in _POINTERS and words[k + 2] in _KINDS for k in range(len(words) - 2))
