"""Goods taken from a state: "The Philippines will take a further 12 FA-50 jets from South Korea", "Poland took 48
K9 howitzers from Seoul". "take" is a verb of getting only with counted goods and "from" a state right after them;
"took control of the village from", "took the lead from France", "were taken from Ukraine" (seized) and "took 10
tanks from Ukraine in the battle" take nothing given."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView

_FIGHTING = frozenset("battle battles fighting captured seized offensive counteroffensive front trophies".split())
_TAKE_OPENERS = frozenset("a an another further additional extra more the".split())


def taken_goods(view: SentenceView, last: int) -> bool:
    """Does "take" before *last* take counted goods from a named state ("The Philippines will take a further 12
    FA-50 jets from South Korea", "Poland took 48 K9 howitzers from Seoul")?"""
    if view.lower[last - 2:last - 1] in (("was",), ("were",), ("been",), ("be",)) or not _FIGHTING.isdisjoint(view.lower):
        return False  # "were taken from Ukraine", "took 10 tanks from Ukraine in the battle": seized
    k = last
    while k < len(view.tokens) and view.lower[k] in _TAKE_OPENERS:
        k += 1
    if not (k < len(view.tokens) and view.lower[k][:1].isdigit()):
        return False
    end = next((j for j in range(k, min(k + 12, len(view.tokens))) if view.lower[j] in ("from", ",", ".", ";")), None)
    return end is not None and view.lower[end] == "from" and (end + 1 in view.actor_at or end + 2 in view.actor_at) \
        and bool(load_lexicon().categorise([t.text for t in view.tokens[k:end]])[0])
