"""Arming someone is a military supply whatever the item says: "accused of arming Ethiopian forces", "has armed
the militia for years". The verb "arm" takes the getter as its object, so the item names no goods and would
otherwise inherit the kinds of other flows or stay "other"; such a flow is military."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

# "arming", "armed", "arms" (as a verb: "Iran arms the Houthis") with at most two words before the item
_ARMING = re.compile(r"\barm(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def arming(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with no kind that the verb "arm" gives made military."""
    return [replace(f, categories=("military",)) if f.categories == ("other",) and _armed(f) else f for f in flows]


def _armed(flow: AidFlow) -> bool:
    text = flow.evidence.sentence_text
    at = text.find(flow.item)
    return at > 0 and _ARMING.search(text[:at]) is not None
