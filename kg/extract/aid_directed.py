"""A gift ordered, not yet given: "the kingdom ordered its relief centre to provide food to Syria", "the
president instructed the health ministry to send medicines to Libya". The order decides the gift (README A3:
pledged, chose to give); the report does not yet say it was sent. A flow read as delivered from a give verb
in the infinitive of an order takes the pledged stage."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_ORDERED = re.compile(
    r"\b(?:ordered|orders|directed|directs|instructed|instructs|tasked|tasks|commissioned)\b[^.;!?]{0,90}?"
    r"\bto\s+(?:(?:quickly|urgently|immediately|also)\s+)?"
    r"(provide|send|deliver|supply|dispatch|ship|give|donate|airlift|fly|transfer|extend|allocate|disburse|rush)\b",
    re.IGNORECASE)


def directed_gifts(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with a gift ordered (the give verb the infinitive of an order) pledged instead of delivered."""
    return [replace(f, status="pledged") if f.status == "delivered" and _ordered(f) else f for f in flows]


def _ordered(flow: AidFlow) -> bool:
    evidence = flow.evidence
    start = evidence.start - evidence.sentence_start
    end = start + len(evidence.quote)
    return any(start <= m.start(1) < end for m in _ORDERED.finditer(evidence.sentence_text))
