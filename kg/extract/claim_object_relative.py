"""An accusation in a relative clause whose object is the one named before it: "The United Arab
Emirates, which Sudan's government accuses of arming the RSF, has denied any involvement", "Rwanda,
which Kinshasa accuses of backing the M23, ...". The speaker of the relative clause accuses the
antecedent (gold rule C1: an accusation is a claim; C3: it is about the one accused and what it is
accused of); what it said ends with the clause, not with the sentence."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_RELATIVES = frozenset("which whom who".split())
_REACH = 6  # tokens from the relative pronoun to the verb: "which Sudan's army-backed government accuses"


def object_relative(view: SentenceView, verb: int, speaker_at: int) -> tuple[EntityRef, int] | None:
    """(the antecedent accused, where the relative clause ends) when the speech verb at *verb* with its
    speaker at *speaker_at* opens a relative clause ", which <speaker> <verb> ..." after a named
    actor; else None."""
    k = speaker_at - 1
    if k < 2 or view.lower[k] not in _RELATIVES or view.lower[k - 1] != "," or verb - k > _REACH:
        return None
    antecedent = view.actor_at.get(k - 2)
    if antecedent is None or antecedent.last != k - 1 or antecedent.entity.kind == "person" \
            and view.lower[k] == "which":
        return None
    end = next((x for x in range(verb + 1, len(view.tokens)) if view.lower[x] in (",", ".", ";")), len(view.tokens))
    return antecedent.entity, end
