""""The British defence ministry declined to comment, while a spokesman for the Romanian government said it
had no information": a second attribution after ", while" (", whereas", ", but") ends the first
statement there; before, the first statement ran over the second, which was lost. A pronoun after the
join ("..., but he did not say how much") goes on with the same speaker and is left as it was."""

from __future__ import annotations

from kg.extract.view import SentenceView

_JOINS = frozenset("while whereas but".split())
_QUOTES = frozenset(['"', "“", "”"])
_PRONOUNS = frozenset("he she they it we i".split())


def split_at(view: SentenceView, first: int, last: int, speaker_at: int) -> int | None:
    """The comma before "while"/"whereas"/"but" inside the span *first*..*last* of a statement, when the next
    speaker (at *speaker_at*) stands after it, outside any quotation; else None."""
    for b in range(first + 1, min(last, speaker_at)):
        if view.lower[b] == "," and b + 2 < len(view.tokens) and view.lower[b + 1] in _JOINS \
                and view.lower[b + 2] not in _PRONOUNS:  # "..., but he did not say how much": the same one
            if any(view.lower[k] in _QUOTES for k in range(first, speaker_at)):
                return None
            return b
    return None
