"""An approval given as a thing: "The German government gave the go-ahead on Wednesday for the sale of 20
Eurofighter jets to Turkey", "gave its final nod to the deal". The give verb reads "the go-ahead ... for the
sale of jets" as the goods handed over; it is the approval of the sale (README A3: a sale approved, with the
approving state as the giver, G2), and the goods are what follows "for"/"to". The contiguous phrases
("gave the go-ahead for the sale of") are approval triggers in aid.toml; this step reads the ones split by
a time or an adjective."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_APPROVAL = re.compile(r"^(?:(?:the|a|an|its|their|his|her|final|formal|official|initial|political)\s+)*"
                       r"(?:go-ahead|go\s+ahead|green\s+light|green-light|nod)\b(?P<rest>.*)$", re.IGNORECASE)
_OBJECT = re.compile(r"\b(?:for|to)\s+(?:the\s+|a\s+|an\s+)?(?P<goods>.+)$", re.IGNORECASE)


def approvals_given(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each approval handed over as goods read as the approved flow of what it approves."""
    out = []
    for flow in flows:
        match = _APPROVAL.match(flow.item) if flow.status in ("delivered", "pledged") else None
        goods = _OBJECT.search(match.group("rest")) if match else None
        if goods is None:
            out.append(flow)
            continue
        status = "approved" if flow.status == "delivered" else flow.status  # "will give the go-ahead": a pledge
        out.append(replace(flow, status=status, item=goods.group("goods")))
    return out
