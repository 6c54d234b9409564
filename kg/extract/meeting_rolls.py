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


_HEADS = frozenset("leaders heads presidents ministers premiers delegations representatives".split())


def listed_states(view: SentenceView, first: int, last: int) -> tuple:
    """The states of "the leaders of Albania, Serbia and North Macedonia" in the clause [first, last): two or
    more states listed right after a plural noun of office holders and "of"/"from" ("At a summit in Tirana, the
    leaders of A, B and C agreed ...": the summit's sides, M2)."""
    for j in range(first, last - 2):
        if view.lower[j] not in _HEADS or view.lower[j + 1] not in ("of", "from"):
            continue
        k, states = j + 2, []
        while k < last and (k in view.actor_at or view.lower[k] in (",", "and", "the")):
            if k in view.actor_at:
                m = view.actor_at[k]
                if m.entity.kind != "state":
                    break
                if m.entity not in states:
                    states.append(m.entity)
                k = m.last
                continue
            k += 1
        if len(states) >= 2:
            return tuple(states)
    return ()
