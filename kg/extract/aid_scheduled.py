"""A delivery schedule of a contracted supply is the contract's stage, not a new promise: "The jets are to
be handed over between 2026 and 2032" after "Colombia signed a contract for 17 Gripen jets", or "Berlin
financed a contract under which radars are to be supplied to Kyiv", is approved (README A3: contracted),
not pledged. A passive "to be <given>" or "will be <given>" reads so when its sentence names a contract, order or arrangement,
or when the same pair has an approved flow in the report; "Japan will hand over patrol ships" stays a
pledge."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_SCHEDULED = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:\w+\s+)?(?:due\s+)?to|will|would|shall)\s+be\s+(?:\w+ly\s+)?"
    r"(?:delivered|supplied|handed\s+over|shipped|pumped|sent|transferred|provided|flown|exported)\b", re.IGNORECASE)
_CONTRACT = re.compile(r"\b(?:contracts?|orders?|ordered|arrangements?|purchase\s+agreements?)\b", re.IGNORECASE)


def scheduled_under_contract(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each pledged delivery schedule of a contracted supply made approved."""
    approved = {(f.donor, f.recipient) for f in flows if f.status == "approved"}
    return [replace(f, status="approved") if f.status == "pledged" and _scheduled(f, approved) else f
            for f in flows]


def _scheduled(flow: AidFlow, approved: set) -> bool:
    text = flow.evidence.sentence_text
    return bool(_SCHEDULED.search(text)) and (
        (flow.donor, flow.recipient) in approved or bool(_CONTRACT.search(text)))
