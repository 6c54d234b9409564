"""Goods named before the receiver of a relative clause: "U.S. weapons it has ordered but not yet received",
"the Russian jets that Algeria bought". The receive verb's object stands before its subject, so the
goods' owner (a demonym or possessive in that noun phrase) is the giver."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_BETWEEN = frozenset("has have had not yet but already and also still never been is are was were".split())
_RECEIVED = frozenset("receive order buy purchase acquire get import".split())
_PRONOUNS = frozenset("it they".split())
_STOPS = frozenset(", ; . : ( )".split())


def fronted_goods_giver(view: SentenceView, first: int) -> EntityRef | None:
    """The state whose goods were received in "<owner's goods> (that) <subject> (has ...) <verb at *first*>"."""
    j = first - 1
    while j >= 0 and (view.lower[j] in _BETWEEN or view.lemmas[j] in _RECEIVED):
        j -= 1  # "has ordered but not yet", back to the relative clause's subject
    if j < 1:
        return None
    if view.lower[j] in _PRONOUNS:
        subject_first = j
    elif j in view.actor_at:
        subject_first = view.actor_at[j].first
    else:
        return None
    head = subject_first - 1 - (view.lower[subject_first - 1] in ("that", "which"))
    if head < 0 or head in view.actor_at or not view.lower[head].isalpha() or view.tokens[head].text[:1].isupper():
        return None  # no common noun before the subject: not a relative clause on goods
    for k in range(head - 1, max(-1, head - 5), -1):
        if view.lower[k] in _STOPS:
            return None
        owner = view.actor_at.get(k)
        if owner is not None:
            attributive = owner.last <= head and view.tokens[owner.last].text.islower()  # "U.S. weapons"
            ok = owner.entity.kind == "state" and (owner.how == "demonym" or view.possessive(owner) or attributive)
            return owner.entity if ok else None
    return None
