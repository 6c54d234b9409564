""""The ministry told Rzeczpospolita that ... It wrote that ...": an outlet named as the one a speaker told is
who "it wrote" and "the paper reported" are next (gold rule C2: the outlet's own report)."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef

_OUTLET_VERBS = frozenset("wrote writes reported reports published publishes".split())
_TOLD = frozenset("told tells".split())
_OUTLET_TYPES = frozenset("newspaper daily paper website broadcaster channel magazine tabloid weekly agency".split())


def addressee_outlet(view: SentenceView) -> EntityRef | None:
    """The outlet a speaker told in the sentence ("told Rzeczpospolita that", "told the Kommersant newspaper"):
    an unknown capitalised name right after "told", followed by "that", a comma or the outlet's noun."""
    if _TOLD.isdisjoint(view.sentence.lower_set):
        return None  # (most sentences)
    n = len(view.tokens)
    for j in range(1, n - 2):
        if view.lower[j] not in _TOLD:
            continue
        k = j + 1 + (view.lower[j + 1] == "the")
        found = source_name(view, k, 1) if k < n and k not in view.actor_at else None
        if found is None or found[2] >= n:
            continue
        after = view.lower[found[2]]
        if after in _OUTLET_TYPES or (view.lower[j + 1] != "the" and after in ("that", ",")):
            return found[0]
    return None


def outlet_writes(view: SentenceView, verb: int, told: EntityRef | None) -> EntityRef | None:
    """"It wrote that ...", "It reported ...": the outlet told just before writes, not the speaker who told it."""
    return told if told is not None and verb > 0 and view.lower[verb - 1] == "it" and view.lower[verb] in _OUTLET_VERBS \
        else None
