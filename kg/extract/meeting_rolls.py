"""The heads of a list of states before a meeting verb: "The foreign ministers of Laos, Thailand and Myanmar
met", "Defence ministers from Kenya, Uganda and Rwanda met". The words found tell the meeting's kind (M3:
ministers of many parties meet in a conference, leaders in a summit)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_LIST = frozenset(", and the of from".split())


def listed_heads(view: SentenceView, verb: int) -> list[str]:
    """The words before "of"/"from" where a list of three or more states joined by commas and "and" runs
    up to the verb at *verb*; [] where no such list stands right before it."""
    j, states = verb - 1, set()
    while j >= 0 and (j in view.actor_at or view.lower[j] in _LIST) and view.lower[j] not in ("of", "from"):
        if j in view.actor_at:
            if view.actor_at[j].entity.kind != "state":
                return []
            states.add(view.actor_at[j].entity)
            j = view.actor_at[j].first
        j -= 1
    if j < 1 or view.lower[j] not in ("of", "from") or len(states) < 3:
        return []
    return [view.lower[k] for k in range(max(0, j - 3), j)]
