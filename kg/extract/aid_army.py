"""Goods or money for a state's army are military aid whatever they are: "Qatar will pay for fuel for the
Lebanese army" (energy and military), "The army receives cash payments from the United States" (financial
and military). A flow whose sentence names a state's army or armed forces as the ones who get it ("to/for the
Lebanese army", "to Malaysia's armed forces", "the Lebanese army's", "the army receives") takes the military
category beside its own; a flow with no kind named ("other") is left to inherit its kinds."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_FORCES = r"(?:army|armed\s+forces)"
# "for the Lebanese army", "to Malaysia's armed forces", "the Lebanese army's fuel", "The army receives"
_FOR_FORCES = re.compile(
    r"\b(?:to|for)\s+(?:the\s+)?[A-Z][\w-]*(?:'s|’s)?\s+" + _FORCES + r"\b"
    r"|\bthe\s+[A-Z][\w-]*\s+" + _FORCES + r"(?:'s|’s)"
    r"|\b[Tt]he\s+" + _FORCES + r"\s+(?:\w+\s+)?(?:receives?|received|gets?|got)\b")


_REACH = 30  # characters either side of the quote: the army must be named at the flow, not elsewhere


def army_goods(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each flow for an army's use given the military category too."""
    return [replace(f, categories=(*f.categories, "military"))
            if "military" not in f.categories and f.categories != ("other",) and _FOR_FORCES.search(_around(f))
            else f for f in flows]


def _around(flow: AidFlow) -> str:
    """The flow's quote with a few words either side, within its sentence."""
    evidence = flow.evidence
    at = evidence.start - evidence.sentence_start
    return evidence.sentence_text[max(0, at - _REACH):at + len(evidence.quote) + _REACH]
