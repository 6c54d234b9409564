"""An accord named again by a bare definite noun with no verb of its own: "Niger cancelled a 2014 mining agreement
with France. ... A spokesman said the pact was contrary to ..." names the accord told before, at no new stage, so it
is no record of its own (AG3); but its noun may name the accord's kind where the first name did not: AG4 takes the
first kind that applies to the accord, so "the pact" makes the deal told before a treaty."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.agreement_kinds import rank
from kg.model import Agreement, EntityRef


def renamed_kinds(found: Sequence[Agreement], renamed: Sequence[tuple[int, tuple[EntityRef, ...], str]]) -> list[Agreement]:
    """*found* with the generic "deal" records of each accord named again by a kind of its own (*renamed*: the
    number of records found before the naming, the parties, the kind its noun names) taking that kind."""
    out = list(found)
    for before, parties, kind in renamed:
        if kind == "deal":
            continue
        for i in range(before):
            if out[i].kind == "deal" and set(out[i].parties) == set(parties) and rank(kind) < rank(out[i].kind):
                out[i] = replace(out[i], kind=kind)
    return out
