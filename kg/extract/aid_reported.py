"""Reported speech without "that": in "Kyiv says Iran has delivered missiles to Russia" the
speaker before the reporting verb is not the giver; the actor right after it is the verb's subject."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique

# Reporting verbs that take a clause with no "that": "X says Y sent", "X believes Y will supply".
REPORTING = frozenset(
    "say says said claim claims claimed allege alleges alleged believe believes believed insist insists "
    "insisted argue argues argued suspect suspects suspected".split()
)
_OPENERS = frozenset("the that".split())


def reported_subject(view: SentenceView, first: int, donors, subject_at: int | None):
    """The subject of the verb at *first* when a reporting verb stands between the first actor and the
    verb and another actor opens the reported clause ("Washington says Tehran sent drones", "Kyiv
    claims that the Iranian military delivered ..."); else the subject given."""
    if subject_at is None:
        return donors, subject_at
    say = next((j for j in range(first - 1, subject_at, -1) if view.lower[j] in REPORTING), None)
    if say is None:
        return donors, subject_at
    k = say + 1
    while k < first and view.lower[k] in _OPENERS:
        k += 1
    mention = view.actor_at.get(k)
    if mention is None or view.in_pp(mention):
        return donors, subject_at
    return unique(m.entity for m in view.group(mention) if m.first < first), mention.first
