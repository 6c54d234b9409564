"""A quotation split around its attribution: '"Brazil will not take sides," Lula said, "but we want
peace."' -- the second piece is the same statement (gold rule C4: one speech verb, one claim)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_QUOTES = ('"', "“", "”")
_REACH = 12  # tokens of attribution between the two pieces: the speaker, a title, a day, a place


def second_piece(view: SentenceView, verb: int, last: int) -> int | None:
    """When the quotation closing at *last* (before the verb at *verb*) opens again after the attribution,
    the token index where the second piece ends; else None."""
    n = len(view.tokens)
    if last >= verb or last >= n or view.lower[last] not in _QUOTES:
        return None
    for k in range(verb + 1, min(verb + _REACH, n - 2)):
        if view.lower[k] in (".", ";", ":") or view.lower[k] in _QUOTES:
            return None
        if view.lower[k] == "," and view.lower[k + 1] in ('"', "“"):
            return next((x for x in range(k + 2, n) if view.lower[x] in _QUOTES), n)
    return None
