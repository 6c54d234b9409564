"""An accord told inside a relative aside (", which", ", who", ", whose") ends with the aside: in "Japan, which is negotiating a reciprocal
access agreement with Vietnam, signed a similar accord with the Philippines" the aside's accord is Japan's
with Vietnam, and the main clause after the closing comma tells another accord (its partner and its verb
are not the aside's)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_RELATIVES = frozenset("which who whose".split())


def aside_end(view: SentenceView, c_first: int, first: int, last: int, c_last: int) -> int:
    """The closing comma of a ", which ..." / ", who ..." aside that holds the noun [*first*, *last*) and
    opens right after a name, where a verb follows that comma; *c_last* else."""
    opener = next((j for j in range(first - 1, c_first, -1) if view.lower[j] == ","), None)
    if opener is None or opener + 1 >= first or view.lower[opener + 1] not in _RELATIVES \
            or not view.tokens[opener - 1].text[:1].isupper():
        return c_last
    close = next((j for j in range(last, c_last) if view.lower[j] == ","), None)
    if close is None or close + 1 >= c_last or not view.tokens[close + 1].text.islower():
        return c_last  # the aside runs to the clause's end, or a name follows the comma (a list)
    return close
