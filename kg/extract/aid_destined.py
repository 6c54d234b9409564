"""Goods "destined for" or "bound for" a receiver: "a boat carrying Iranian-made weapons, probably destined
for Yemen", "Russian fuel bound for North Korea was seized". The state the goods come from (a demonym in
the goods' noun phrase, or "from X") gives; the one after "for" gets. Interdictions and seizures are
reported this way, and the flow was under way (delivered) whether or not the cargo arrived."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

DESTINED = frozenset("destined bound headed".split())
_ENTRY = Entry(("send",), "give", "delivered")
_HEDGES = frozenset("probably possibly likely apparently allegedly reportedly presumably ultimately".split())


def destined_frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of "<goods from X> (, probably) destined/bound for Y" with the participle at *at*."""
    if view.lower[at] not in DESTINED or view.lower[at + 1:at + 2] != ("for",) or (at > 0 and view.lower[at - 1] == "-"):
        return None
    receiver = view.actor_at.get(at + 2 + (view.lower[at + 2:at + 3] == ("the",)))
    if receiver is None:
        return None
    j = at - 1
    while j >= 0 and (view.lower[j] in _HEDGES or view.lower[j] == ","):
        j -= 1  # ", probably destined for"
    end = j + 1
    start = end
    while start > 0 and view.lower[start - 1] not in (",", ";", ".") and view.lower[start - 1] not in CLAUSE_END \
            and end - start < 8 and not view.lower[start - 1].endswith("ing"):
        start -= 1  # back to the verb that carries or seizes the goods
    origin = next((m for m in view.actors if start <= m.first < end and m.entity != receiver.entity
                   and (m.how == "demonym" or view.from_before(m))), None)
    if origin is None or origin.entity.kind != "state":
        return None
    if not load_lexicon().categorise([t.text for t in view.tokens[start:end]])[0]:
        return None  # "a Chinese delegation bound for Moscow": no goods
    return Frame(_ENTRY, at, at + 2, (origin.entity,), [(start, end, tuple(m.entity for m in view.group(receiver)))],
                 "delivered", start, receiver.last)


_ARRIVING = frozenset("arrive dock reach land unload".split())


def transit_dropped(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* without the arrival at a port of transit: "Russian wheat docked in Djibouti, bound for
    Ethiopia" -- the goods are Ethiopia's, Djibouti is on the way."""
    bound = [f for f in frames if f.trigger is _ENTRY]
    if not bound:
        return frames
    return [f for f in frames if not (view.lemmas[f.first] in _ARRIVING and any(
        f.first < b.first and set(f.donors) & set(b.donors) and not any(
            set(r or ()) & set(br or ()) for _, _, r in f.segments for _, _, br in b.segments) for b in bound))]
