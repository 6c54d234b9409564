"""Who asks another state to act on its own accord is no party to it: in "Madrid asked the European Union
to suspend its association agreement with Israel" the agreement is the EU's with Israel; Madrid only asks."""

from __future__ import annotations

from kg.extract.view import SentenceView

_ASKING = frozenset("ask urge press call demand request push".split())
_OWN = frozenset("its their".split())


def asker_end(view: SentenceView, c_first: int, noun: int) -> int:
    """The position after a verb of asking whose object owns the agreement noun at *noun* ("asked the EU to
    suspend its agreement with Israel"); actors before it are no parties. *c_first* where there is none."""
    if not any(view.lower[j] in _OWN for j in range(max(c_first, noun - 3), noun)):
        return c_first
    if noun + 1 >= len(view.tokens) or "with" not in view.lower[noun:noun + 4]:
        return c_first  # the accord's own partner follows: "its agreement with Israel"
    for j in range(noun - 1, c_first - 1, -1):
        if view.lemmas[j] in _ASKING and j + 1 < noun and (j + 1 in view.actor_at or (
                view.lower[j + 1] in ("the", "on") and j + 2 in view.actor_at)):
            return j + 1
    return c_first
