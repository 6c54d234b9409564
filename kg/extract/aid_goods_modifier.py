"""Goods named as a modifier of a giver noun: "India's second-biggest oil supplier", "Pakistan's main arms
supplier", "a major gas exporter". The modifier is the item, so the flow takes its kind (energy,
military) rather than none."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView


def goods_before(view: SentenceView, at: int) -> int:
    """Where the goods words right before the noun at *at* start (*at* itself when there are none)."""
    lexicon = load_lexicon()
    first = at
    while first > 0 and at - first < 3 and first - 1 not in view.actor_at \
            and lexicon.categorise([view.tokens[first - 1].text])[0]:
        first -= 1
    return first
