"""A supply that a party blocks: "Switzerland blocked Germany from re-exporting Swiss-made ammunition to
Ukraine", "Hungary prevented the EU from sending the aid". The gerund after "<block> X from" names a flow
that did not go ahead (README A3 "declined"), not a supply made."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

_BLOCKING = frozenset("block bar prevent stop forbid prohibit ban keep".split())


def blocked_supplies(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* whose gerund follows "<block> (X) from", declined."""
    return [replace(f, status="declined") if f.status != "declined" and _blocked(view, f.first) else f
            for f in frames]


def _blocked(view: SentenceView, verb: int) -> bool:
    words = view.lower
    if not words[verb].endswith("ing"):
        return False
    k = verb - 1
    while k >= 0 and words[k] in ("re", "-"):
        k -= 1  # "from re-exporting"
    if k < 1 or words[k] != "from":
        return False
    for j in range(k - 1, max(-1, k - 8), -1):
        if words[j] in (",", ";") or words[j] in CLAUSE_END:
            return False
        if view.lemmas[j] in _BLOCKING:
            return True
    return False
