""""The proposed sale" after the sale was approved is the same sale, not a new offer. A notice of an arms sale
(the US Defense Security Cooperation Agency's, and many others) calls the sale it has just cleared "the
proposed sale", "this proposed sale" or "the possible sale" in the sentences that follow ("This proposed sale will support the
foreign policy goals of the United States ..."). Those sentences tell what the sale will do; they report no
stage of their own, so an offer read from them is dropped when the same giver's sale to the same getter is
approved elsewhere in the report (README A3: the approval is the stage the text reports)."""

from __future__ import annotations

import re

from kg.model import AidFlow

_REFERRED = re.compile(r"\b(?:this|the|that)\s+(?:proposed|possible)\s+$", re.IGNORECASE)  # ("The possible sale was cleared")


def proposed_again(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* without the offers that only name, as "the proposed sale", a sale approved in the report."""
    approved = {(f.donor, f.recipient) for f in flows if f.status == "approved"}
    return [f for f in flows if not (f.status == "offered" and (f.donor, f.recipient) in approved and _referred(f))]


def _referred(flow: AidFlow) -> bool:
    evidence = flow.evidence
    return bool(_REFERRED.search(evidence.sentence_text[:evidence.start - evidence.sentence_start]))
