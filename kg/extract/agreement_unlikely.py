"""An accord the sentence calls unlikely is not made, proposed or planned: "Analysts say a defence pact with
Vietnam is unlikely for now", "a deal before the election looks doubtful" (AG1: no accord is told)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_DOUBT = frozenset("unlikely improbable doubtful".split())
_COMING = frozenset("be happen materialise materialize come emerge sign conclude agree reach".split())
_COPULA = frozenset("be look seem appear remain".split())


def called_unlikely(view: SentenceView, last: int, c_last: int) -> bool:
    """A copula and a word of doubt within a few words after the accord's noun ("is unlikely", "looks doubtful")."""
    for j in range(last, min(c_last, last + 8)):
        if view.lower[j] in _DOUBT:
            if j + 2 < len(view.lower) and view.lower[j + 1] == "to" and view.lemmas[j + 2] not in _COMING:
                return False  # "the stalled programme is unlikely to resume soon": another act is doubted
            return any(view.lemmas[k] in _COPULA for k in range(max(last, j - 3), j))
        if view.lower[j] in (",", ";", "but", "and", "that", "which"):
            return False
    return False
