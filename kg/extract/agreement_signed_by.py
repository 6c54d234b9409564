"""An accord whose signers a reduced relative clause names: "stayed out of a memorandum signed by Kazakhstan,
Azerbaijan and the European Union", "did not join a declaration adopted by France and Germany". The signers
after "by" are its parties (README AG1); the subject of the clause around it, which only reacts to the accord
or keeps out of it, is none, unless it joins it ("Turkey joined a pact signed by ...")."""

from __future__ import annotations

from kg.extract.agreement_later_stage import participle_after
from kg.extract.agreement_relative import relative_verb
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


def relative_signers(view: SentenceView, c_first: int, first: int, last: int, c_last: int,
                     parties: tuple[EntityRef, ...], verbs: frozenset[str]) -> tuple[EntityRef, ...]:
    """The signers a relative clause after the accord noun ending before *last* names, its subject and the partner
    "with" gives after its verb ("criticised the pact that Bolivia signed last year with Argentina": Bolivia and
    Argentina, not the critic), when they are two or more and *parties* holds others too; else *parties*."""
    verb = relative_verb(view, last - 1, c_last, verbs)
    if verb is None:
        return parties
    signers = [m.entity for m in view.actors if last < m.first < verb and m.how != "demonym"]
    with_at = next((j for j in range(verb + 1, min(c_last, verb + 7)) if view.lower[j] == "with"), None)
    if with_at is not None and with_at + 1 < c_last:
        at = with_at + 2 if view.lower[with_at + 1] == "the" else with_at + 1  # "with the United Nations and Türkiye"
        group = view.group(view.actor_at[at]) if at in view.actor_at else []
        signers += [m.entity for m in group if m.how != "demonym"]
    signers = list(dict.fromkeys(signers))
    if len(signers) < 2 or set(parties) <= set(signers):
        return parties
    joined = next((j for j in range(first - 1, c_first - 1, -1) if view.lemmas[j] in _JOIN), None)
    if joined is not None and not _NOT & set(view.lower[max(c_first, joined - 3):joined]):
        return parties  # "Turkey joined the pact that Greece signed with Cyprus": it is a party now
    # only the main clause's actors before the noun leave: the relative clause's own ones stay, for its other rules
    drop = {m.entity for m in view.actors if c_first <= m.first < first} - set(signers) \
        - {m.entity for m in view.actors if last <= m.first < c_last}
    return tuple(p for p in parties if p not in drop)
