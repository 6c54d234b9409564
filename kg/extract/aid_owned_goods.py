"""Goods of one state owned by another, named in one noun phrase: "Hungary's Russian gas comes through
TurkStream", "since its Russian supplies come through the pipeline", "India's Russian oil". The owner
of the phrase got the goods and the state of the demonym gave them; the flow is delivered (a standing
supply, README A1). Where an aid noun's own frame already covers the phrase and names no getter in the
sentence, that frame gets the owner instead of a new frame."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView

_ENTRY = Entry(("owned",), "give", "delivered")
_OWN = frozenset(("its", "their"))
_NOT_GOODS = frozenset(("-", "–", "—", "troops", "forces", "soldiers", "officials", "counterpart", "ally", "allies"))


def owned_goods_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """A frame for each "<owner>'s <demonym> <goods>" the sentence's frames do not already cover (frames
    that do cover one, with no getter named, are given the owner in place)."""
    found: list[Frame] = []
    for m in view.actors:
        if m.how != "demonym" or m.entity.kind != "state" or m.first < 1 or m.last >= len(view.tokens):
            continue
        if view.lower[m.last] in _NOT_GOODS:
            continue
        owner = _owner(view, m.first)
        if owner is None or owner == m.entity:
            continue
        covering = [f for f in frames if f.quote_first <= m.first < f.quote_last]
        named = {a.entity for a in view.actors}
        for f in covering:  # "its Russian supplies": the aid noun's own frame, with no getter named in the
            # sentence (none, or the context's), gets the owner
            if f.donors == (m.entity,) and f.segments and not any(r in named for _, _, rs in f.segments
                                                                   for r in rs or ()):
                f.segments = [(s, e, (owner,)) for s, e, _ in f.segments]
        if covering:
            continue
        end = _goods_end(view, m.last)
        if end is None:
            continue
        found.append(Frame(_ENTRY, m.first, end, (m.entity,), [(m.last, end, (owner,))], "delivered",
                           m.first - 1, end))
    return found


def _goods_end(view: SentenceView, first: int) -> int | None:
    """The end of the goods words right after the demonym ("gas", "oil imports", "supplies"), or None."""
    lexicon = load_lexicon()
    end, k = None, first
    while k < len(view.tokens) and k - first < 3 and view.tokens[k].text[:1].islower() and view.lower[k].isalpha():
        if view.lower[k] in lexicon.aid_nouns or lexicon.categorise([view.tokens[k].text])[0]:
            end = k + 1
        k += 1
    return end


def _owner(view: SentenceView, at: int):
    """The state that owns the phrase starting at *at*: "Hungary's", or "its" for the actor named before."""
    before = view.lower[at - 1]
    if before in ("'s", "’s") and (at - 2) in view.actor_at:
        owner = view.actor_at[at - 2]
        return owner.entity if owner.entity.kind == "state" else None
    if before in _OWN:
        named = [m for m in view.actors if m.last < at - 1 and m.how != "demonym"]
        return named[-1].entity if named and named[-1].entity.kind == "state" else None
    return None
