""""The deal was welcomed by Japan and condemned by China": a second passive participle joined by "and" or
"but" shares the first one's "was", so its agent speaks of the same subject (gold rules C1, C2)."""

from __future__ import annotations

from kg.extract.view import BE_FORMS, SentenceView

_JOINS = frozenset("and but while".split())
_BREAKS = frozenset(". ; : that which who whose".split())
_REACH = 12


def shared_be(view: SentenceView, k: int) -> int:
    """The "was" the participle after *k* shares when *k* is "and" or "but" after a passive with its agent
    ("was welcomed by Japan and ..."); else *k* itself."""
    if k < 3 or view.lower[k] not in _JOINS:
        return k
    by = None
    for b in range(k - 1, max(0, k - _REACH), -1):
        word = view.lower[b]
        if word in _BREAKS or word in _JOINS:
            return k
        if word == "by":
            by = b
        elif word in BE_FORMS:
            return b if by is not None and by > b + 1 and word != "be" else k
    return k


def joined_passive(view: SentenceView, j: int) -> bool:
    """Is the participle at *j* the second of a passive pair ("... and condemned by China")?"""
    k = j - 1
    while k >= 0 and view.lower[k].endswith("ly"):
        k -= 1
    return k >= 0 and shared_be(view, k) != k


def paired_agents(view: SentenceView) -> set[int]:
    """Where the agents of a passive pair ("by Japan", "by China") or of coordinated agents ("by Japan, South
    Korea and the United States") start: each speaks in its own frame, so none is what another's claim is about."""
    found: set[int] = set()
    for j in range(1, len(view.tokens) - 1):
        if view.lower[j] == "by" and joined_passive(view, j - 1):
            k = shared_be(view, j - 2 - view.lower[j - 2].endswith("ly"))
            found.update(x for x in range(k, j + 3) if x in view.actor_at)  # both agents, "by the EU"
        first = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "the")
        agent = view.actor_at.get(first) if view.lower[j] == "by" else None
        if agent is not None and agent.first == first and passive_by(view, first):
            found.update(m.first for m in view.group(agent))  # "by Japan, South Korea and the United States"
    return found


def passive_by(view: SentenceView, first: int) -> bool:
    """Does the actor at *first* follow "was condemned by (the)": the agent of a passive speech verb, so that
    actors coordinated with it ("by Japan, South Korea and the United States") each speak too?"""
    by = first - 1 - (first > 0 and view.lower[first - 1] == "the")
    k = by - 1
    if by < 2 or view.lower[by] != "by" or not view.lower[k].endswith("ed"):
        return False
    k -= 1
    while k > 0 and view.lower[k].endswith("ly"):
        k -= 1
    return (view.lower[k] in BE_FORMS and view.lower[k] != "be") or shared_be(view, k) != k
