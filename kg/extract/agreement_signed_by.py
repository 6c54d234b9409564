"""An accord whose signers a reduced relative clause names: "stayed out of a memorandum signed by Kazakhstan,
Azerbaijan and the European Union", "did not join a declaration adopted by France and Germany". The signers
after "by" are its parties (README AG1); the subject of the clause around it, which only reacts to the accord
or keeps out of it, is none, unless it joins it ("Turkey joined a pact signed by ...")."""

from __future__ import annotations

from kg.extract.agreement_later_stage import participle_after
from kg.extract.view import SentenceView
from kg.model import EntityRef

_JOIN = frozenset("join accede adhere".split())
_LIST = frozenset(", and the".split())
_NOT = frozenset("not n't never".split())


def signers_only(view: SentenceView, c_first: int, first: int, last: int, c_last: int,
                 parties: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """The two or more signers named after "<participle> by" right after the accord noun ending before *last*,
    when *parties* holds others too; else *parties*."""
    verb = participle_after(view, last - 1, c_last)
    if verb is None or verb + 2 >= c_last or view.lower[verb + 1] != "by":
        return parties
    signers: list[EntityRef] = []
    k = verb + 2
    while k < c_last and (k in view.actor_at or view.lower[k] in _LIST):
        mention = view.actor_at.get(k)
        if mention is not None and mention.entity not in signers and mention.how != "demonym":
            signers.append(mention.entity)
        k = mention.last if mention is not None else k + 1
    if len(signers) < 2 or set(parties) <= set(signers):
        return parties
    joined = next((j for j in range(first - 1, c_first - 1, -1) if view.lemmas[j] in _JOIN), None)
    if joined is not None and not _NOT & set(view.lower[max(c_first, joined - 3):joined]):
        return parties  # "Turkey joined a pact signed by Greece and Cyprus": it is a party now
    return tuple(signers)
