"""A meeting named again by a bare definite phrase: "After the talks, the two sides signed ...", "Following the
meeting, ..." refer to a meeting the text told before (README M4: one record per meeting), so the phrase makes
no new one, whoever the rest of the sentence names. "At the summit, Lula and Biden discussed trade" may tell
a meeting of its own, so "at" and "during" are left to the other rules."""

from __future__ import annotations

from kg.extract.view import SentenceView

_TIME_PREPOSITIONS = frozenset("after following before since".split())  # not "At the summit, Lula and Biden ..."


def named_again(view: SentenceView, first: int, last: int, told_before: bool) -> bool:
    """The trigger at *first*..*last* is "<after|during|...> the [one modifier] <trigger>" closed by a comma or
    the sentence end, and a meeting was told before (*told_before*)."""
    if not told_before or first < 2:
        return False
    k = first - 1
    if view.lower[k] != "the" and view.tokens[k].text.islower() and k >= 2 and view.lower[k - 1] == "the":
        k -= 1  # "after the two-hour talks", "during the closed meeting"
    if view.lower[k] != "the" or k == 0 or view.lower[k - 1] not in _TIME_PREPOSITIONS:
        return False
    return last >= len(view.tokens) or view.lower[last] in (",", ".", ";")
