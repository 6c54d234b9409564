"""The kinds of an item come from its head, not from where the goods went or what an aside calls them:
"roughly 650,000 barrels of crude oil ashore at Syria's Baniyas port on Tuesday, the opening instalment of an
oil grant" is energy, not infrastructure (a port named as a place) nor financial (the aside's "grant"). When an
item runs on past a place phrase ("at ...", "near ...", "ashore") or an appositive aside (", the ..."), and its
head before that names a kind of goods, the head's kinds stand for the item."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import load_lexicon
from kg.model import AidFlow

_BREAK = re.compile(r"\s(?:ashore|at|near|off|outside|docked)\s|,\s+(?:the|an?|its|their)\s", re.IGNORECASE)
_WORDS = re.compile(r"[$€£¥]|[\w'-]+")


def item_heads(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* whose item runs past a place phrase or an aside given the kinds of the item's head."""
    return [_headed(f) for f in flows]


def _headed(flow: AidFlow) -> AidFlow:
    found = _BREAK.search(flow.item)
    if found is None or len(flow.categories) < 2:
        return flow
    kinds = [k for k in load_lexicon().categorise(_WORDS.findall(flow.item[:found.start()]))[0] if k != "other"]
    return replace(flow, categories=tuple(kinds)) if kinds and set(kinds) < set(flow.categories) else flow
