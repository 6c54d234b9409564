"""Reliance on a named supplier for goods: "Hungary relies on Russia for most of its gas", "Armenia
depends on Moscow for its weapons". A standing supply (README A1): the state relied on gives the goods
after "for"; "depends on Moscow for political cover" names no goods and gives nothing."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView

_STOPS = frozenset(". , ; : and but while which that because".split())


def supplier_for(view: SentenceView, on: int):
    """The (supplier mention, goods first, goods last) of "on <actor> for <goods>" after *on*, if any."""
    n = len(view.tokens)
    k = on + 1 + (on + 1 < n and view.lower[on + 1] == "the")
    if k not in view.actor_at:
        return None
    supplier = view.actor_at[k]
    at = view.group(supplier)[-1].last  # "relies on Moscow and Caracas for most of its fuel"
    if at >= n or view.lower[at] != "for" or supplier.how == "demonym":
        return None
    end = at + 1
    while end < n and view.lower[end] not in _STOPS:
        end += 1
    if not load_lexicon().categorise([t.text for t in view.tokens[at + 1:end]])[0]:
        return None
    return supplier, at + 1, end
