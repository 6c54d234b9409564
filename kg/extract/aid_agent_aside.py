"""Goods followed by a participle and its agent set off by commas: "The gas, financed by Qatar, will ease
power cuts", "The drones, supplied by Iran, were used against Kyiv". The agent gives the goods named
before the comma; the getter is a state after "to" in the aside, else the context's getter. A maker
("built by the Turkish company Baykar") gives nothing unless the aside names a getter."""

from __future__ import annotations

from kg.extract.aid_checks import aid_like
from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_reduced_passive import MAKERS
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique


def agent_aside_frame(view: SentenceView, first: int, last: int, entry: Entry, context: Context) -> Frame | None:
    """The frame of a give verb's participle at *first* set off after goods ("The gas, financed by Qatar,")."""
    n = len(view.tokens)
    if first < 2 or view.lower[first - 1] != "," or not view.lower[first].endswith(("ed", "t", "n", "d")) \
            or last + 1 >= n or view.lower[last] != "by":
        return None
    k = last + 1 + (view.lower[last + 1] == "the")
    agent = view.actor_at.get(k)
    if agent is None:
        return None
    group = view.group(agent)
    close = group[-1].last
    while close < n and view.lower[close] not in (",", ".") and close - group[-1].last < 6:
        close += 1
    if close >= n or view.lower[close] != ",":
        return None  # the aside must close: "The gas, financed by Qatar, will ..."
    start = view.chunks_before(first - 1)[0][0]
    if start >= first - 1 or view.actors_in(start, first - 1) or not aid_like(view, start, first - 1):
        return None  # goods named before the comma, with no actor of their own
    donors = unique(m.entity for m in group)
    named = [m.entity for m in view.actors_in(group[-1].last, close) if view.word_before(m) == "to"]
    if not named and view.lower[group[-1].last:group[-1].last + 1] and view.lower[group[-1].last] in MAKERS:
        return None  # "The Akinci, built by the Turkish company Baykar, is ...": who made it, not who gave it
    recipients = tuple(named) or tuple(r for r in context.fallback_recipients() if r not in donors)
    if not recipients:
        return None
    return Frame(entry, first, last, donors, [(start, first - 1, recipients)], entry.status, start, close,
                 used_context=not named)
