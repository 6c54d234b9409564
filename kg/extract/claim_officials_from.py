"""Unnamed officials placed by their states: "Officials from Japan and South Korea said ...", "top
defence officials from Ottawa and Washington said ...", "the foreign ministers of Saudi Arabia, Egypt and
Jordan said ...", "the leaders of France and Germany said ...". Each state speaks (C2: the state the text makes
speak; coordinated speakers each make the claim), as "US officials said" is the United States."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_OFFICIALS = frozenset("officials diplomats representatives ministers".split())
# plural titles whose holders "of" the states named speak for them: "the leaders of France and Germany"
_OF_TITLES = frozenset("officials ministers leaders presidents governments premiers envoys ambassadors delegations"
                       " representatives chiefs".split())
_BETWEEN = frozenset("has have had also".split())


def officials_from(view: SentenceView, verb: int) -> tuple[list[EntityRef], int] | None:
    """At a speech verb *verb* after "<officials> from <State> (and <State>)": (the states, where the first
    is named), or None."""
    k = verb - 1
    while k > 0 and view.lower[k] in _BETWEEN:
        k -= 1
    states: list = []
    while k >= 0 and k in view.actor_at and view.actor_at[k].entity.kind == "state":
        mention = view.actor_at[k]
        states.insert(0, mention)
        k = mention.first - 1
        if k >= 0 and view.lower[k] in ("and", ","):
            k -= 1
        elif k >= 0 and view.lower[k] not in ("from", "of"):
            return None
    if not states or k < 1 or view.lower[states[0].first - 1] != view.lower[k] \
            or any(view.possessive(m) for m in states):
        return None
    if not (view.lower[k] == "from" and view.lower[k - 1] in _OFFICIALS) and not (
            view.lower[k] == "of" and view.lower[k - 1] in _OF_TITLES and len(states) > 1):
        return None  # "the ministers of" one state is a title of that state, read elsewhere
    return [m.entity for m in states], states[0].first
