"""Stages and categories read from whole wire-style reports: the kinds of goods an item names and the
stage its cues give (kg.extract.aid_categories, the [categories] and [cues] of kg/rules/aid.toml)."""

from __future__ import annotations

from kg.extract import extract
from kg.model import AidFlow, SourceDocument


def _flows(text: str) -> dict[tuple[str, str, str], set[str]]:
    found: dict[tuple[str, str, str], set[str]] = {}
    for f in extract(SourceDocument("c", text)).facts_of(AidFlow):
        found.setdefault((f.donor.label, f.recipient.label, f.status), set()).update(f.categories)
    return found


def test_foodstuffs_and_rations_are_food():
    text = "Greece and Cyprus have flown foodstuffs and army rations to Libya since the floods."
    assert _flows(text)[("Greece", "Libya", "delivered")] == {"food"}
