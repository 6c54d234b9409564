"""Aid held back that had been promised: "accused Australia of delaying $12 million in promised budget
funding", "withholding budget support that had been promised to his government". The report tells two stages
of one flow (README A2: a flow pledged and later stopped is two records): a declined flow whose own quote
calls the aid promised or pledged gets a pledged record beside it."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_PROMISED = re.compile(r"\b(?:promised|pledged)\b", re.IGNORECASE)


def promised_before(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with a pledged record for each declined flow whose quote calls its aid promised."""
    pledged = {(f.donor, f.recipient) for f in flows if f.status == "pledged"}
    added = []
    for flow in flows:
        if flow.status == "declined" and (flow.donor, flow.recipient) not in pledged \
                and _PROMISED.search(flow.evidence.quote):
            added.append(replace(flow, status="pledged"))
            pledged.add((flow.donor, flow.recipient))
    return flows + added
