"""The getter of a supply told in a time or reason clause that names none: the subject of the main clause
before it. "Honduras broke ties with Taiwan after China promised investment and loans": China promised
them to Honduras, not to the state the report follows; "Egypt floated the pound after the IMF approved a
loan" is a loan to Egypt."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView, unique

_SUBORDINATORS = frozenset("after when because since once as".split())


def main_clause_getter(view: SentenceView, frame) -> tuple:
    """The main clause's subject state when the give verb of *frame* opens a clause with "after", "when",
    "because" ... that follows the main clause; () otherwise."""
    j = frame.first - 1
    while j >= 0 and j not in view.actor_at and view.lower[j] not in _SUBORDINATORS and view.lower[j] not in (",", ";"):
        j -= 1
    while j >= 0 and j in view.actor_at:
        j = view.actor_at[j].first - 1  # back over the clause's own subject: "after China"
    if j < 1 or view.lower[j] not in _SUBORDINATORS:
        return ()
    subject, subject_at = view.subject(j)
    if subject_at is not None and not load_lexicon().give_verbs.isdisjoint(view.lemmas[subject_at:j]):
        return ()  # "Russia supplied fuel to Sri Lanka in 2022, when India also extended credit": a giver, not a getter
    return unique(s for s in subject if s.kind == "state" and s not in frame.donors)
