"""Who asks another state to act on its own accord is no party to it: in "Madrid asked the European Union
to suspend its association agreement with Israel" the agreement is the EU's with Israel; Madrid only asks.
So is who asks two parties to act on an accord between them: "The EU pressed Belgrade and Pristina to
implement a deal", "Turkey asked Russia and Ukraine to revive the grain deal"."""

from __future__ import annotations

from kg.extract.view import SentenceView

_ASKING = frozenset("ask urge press call demand request push encourage invite want".split())
_OWN = frozenset("its their".split())
_SIDES = frozenset("governments sides countries nations leaders neighbours neighbors parties".split())


def asker_end(view: SentenceView, c_first: int, noun: int) -> int:
    """The position after a verb of asking whose object owns the agreement noun at *noun* ("asked the EU to
    suspend its agreement with Israel"); actors before it are no parties. *c_first* where there is none."""
    if (pair := _asked_pair(view, c_first, noun)) is not None:
        return pair
    if not any(view.lower[j] in _OWN for j in range(max(c_first, noun - 3), noun)):
        return c_first
    if noun + 1 >= len(view.tokens) or "with" not in view.lower[noun:noun + 4]:
        return c_first  # the accord's own partner follows: "its agreement with Israel"
    for j in range(noun - 1, c_first - 1, -1):
        if view.lemmas[j] in _ASKING and j + 1 < noun and (j + 1 in view.actor_at or (
                view.lower[j + 1] in ("the", "on") and j + 2 in view.actor_at)):
            return j + 1
    return c_first


def _asked_pair(view: SentenceView, c_first: int, noun: int) -> int | None:
    """The position after a verb of asking whose object is two or more actors, or a pair told before ("both
    governments", "the two sides"), and then "to" before the noun ("pressed Belgrade and Pristina to implement
    a deal"); None where there is none."""
    for j in range(noun - 1, c_first - 1, -1):
        if view.lemmas[j] not in _ASKING:
            continue
        k, objects = j + 1, set()
        while k < noun and (k in view.actor_at or view.lower[k] in ("and", ",", "the", "both")):
            if k in view.actor_at:
                objects.add(view.actor_at[k].entity)
            k += 1
        if len(objects) >= 2 and k < noun and view.lower[k] == "to":
            return j + 1
        pair = j + 3 if view.lower[j + 1] == "both" else j + 4 if view.lower[j + 1:j + 3] == ("the", "two") else None
        if pair is not None and pair < noun and view.lower[pair - 1] in _SIDES and view.lower[pair] == "to":
            return j + 1  # "has pressed both governments to sign a wider accord": the pair told before
        return None
    return None
