"""A state named before "to which" or "for which" gets what the relative clause gives: "Russia's war in
Ukraine, to which Poland has given more than 3 billion euros in weapons"; and "it" or "they" as the clause's
subject is the main clause's subject ("Poland has backed Ukraine, to which it has given ...")."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique

_RELATIVES = frozenset("which whom".split())
_BEFORE_VERB = frozenset("has have had will would is are was were also already since then now".split())


def _opening(view: SentenceView, first: int) -> int | None:
    """Where "to which" stands before the verb at *first* and its clause's subject, or None."""
    j = first - 1
    while j > 0 and (view.lower[j] in _BEFORE_VERB or view.lower[j].endswith("ly")):
        j -= 1
    while j > 0 and (j in view.actor_at or view.lower[j] in ("it", "they", "the")):
        j = view.actor_at[j].first - 1 if j in view.actor_at else j - 1
    if j < 2 or view.lower[j] not in _RELATIVES or view.lower[j - 1] not in ("to", "for"):
        return None
    return j - 1


def to_which_getter(view: SentenceView, first: int) -> tuple:
    """The antecedent of "to which" before the verb at *first*: the state right before the comma."""
    at = _opening(view, first)
    if at is None or view.lower[at - 1] != ",":
        return ()
    antecedent = next((m for m in view.actors if m.last == at - 1), None)
    return unique(m.entity for m in view.group_ending(antecedent)) if antecedent is not None else ()


def to_which_giver(view: SentenceView, first: int) -> tuple:
    """The main clause's subject when "it"/"they" gives in a "to which" clause."""
    at = _opening(view, first)
    if at is None or not any(view.lower[k] in ("it", "they") for k in range(at + 2, first)):
        return ()
    subject, _ = view.subject(at - 1)
    return subject


_WHERE_REACH = 12  # tokens between "where" and the verb ("where Chinese lenders have financed")


def where_getter(view: SentenceView, first: int) -> tuple:
    """The state a ", where" clause hangs on, for a supply verb or noun at *first* inside that clause:
    "Sri Lanka and the Maldives, where Chinese lenders have financed ports", "will travel on to Sri Lanka
    later this week, where he is to open a plant built with Indian financing" -- the works are there."""
    j = first - 1
    while j > 1 and first - j <= _WHERE_REACH and view.lower[j] not in (",", ";", ".", "where"):
        j -= 1
    if j < 2 or view.lower[j] != "where" or view.lower[j - 1] != ",":
        return ()
    for k in range(j - 2, max(-1, j - 7), -1):  # the antecedent may trail a time phrase: "to Sri Lanka later this week"
        if view.lower[k] in (",", ";"):
            return ()
        if k in view.actor_at and view.actor_at[k].entity.kind == "state":
            return unique(m.entity for m in view.group_ending(view.actor_at[k]))
    return ()
