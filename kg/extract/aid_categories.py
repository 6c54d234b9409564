"""The last step of aid extraction: repeated flows are dropped, and a flow whose item names no kind of
goods ("more help", "the package", "its support") takes the kinds the same giver sends the same getter
elsewhere in the report ("France sent medical teams to Libya ... France promised more help":
humanitarian), else "other"."""

from __future__ import annotations

from dataclasses import replace

from kg.model import AidFlow

_UNKNOWN = ("other",)


def finished(flows: list[AidFlow]) -> list[AidFlow]:
    """A document's flows without repeats (same parties, item, sentence and stage), uncategorised ones given
    the kinds of their pair's other flows."""
    seen, unique_flows = set(), []
    for flow in flows:
        key = (flow.donor, flow.recipient, flow.item, flow.evidence.start, flow.status)
        if key not in seen:
            seen.add(key)
            unique_flows.append(flow)
    return inherit_categories(unique_flows)


def inherit_categories(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each uncategorised flow given the categories of the same pair's categorised flows."""
    known: dict[tuple, list[str]] = {}
    for flow in flows:
        if flow.categories != _UNKNOWN:
            kinds = known.setdefault((flow.donor, flow.recipient), [])
            kinds.extend(c for c in flow.categories if c not in kinds)
    return [replace(flow, categories=tuple(known[(flow.donor, flow.recipient)]))
            if flow.categories == _UNKNOWN and (flow.donor, flow.recipient) in known else flow for flow in flows]
