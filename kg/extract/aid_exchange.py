"""Goods given in exchange: "North Korea has shipped shells to Russia in exchange for help with its satellite
programme", "Iraq supplies the fuel in exchange for medical services from Lebanon". What the getter of the
main flow gives back is a flow of its own, in the other direction and at the same stage (a barter)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

_ENTRY = Entry(("give",), "give", "delivered")
_EXCHANGE = (("in", "exchange", "for"), ("in", "return", "for"))
# People sent to work for the getter are given back as services: "oil in exchange for Cuban doctors"
_STAFF = frozenset("doctors nurses medics teachers engineers technicians advisers advisors instructors workers "
                   "labourers laborers troops soldiers".split())


def exchanged_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """The flows back for each frame with one giver and one getter followed by "in exchange/return for <goods>"."""
    found = []
    for frame in frames:
        getters = {r for _, _, rs in frame.segments for r in rs or ()}
        if len(frame.donors) != 1 or len(getters) != 1 or frame.trigger.frame != "give":
            continue
        at = next((j for j in range(frame.first, min(len(view.tokens) - 3, frame.quote_last + 4))
                   if tuple(view.lower[j:j + 3]) in _EXCHANGE), None)
        if at is None:
            continue
        end = at + 3
        while end < len(view.tokens) and view.lower[end] not in (",", ";", ".") and view.lower[end] not in CLAUSE_END:
            end += 1
        lexicon = load_lexicon()
        words = [t.text for t in view.tokens[at + 3:end]]
        if not (lexicon.categorise(words)[0] or set(w.lower() for w in words) & (lexicon.aid_nouns | _STAFF)):
            continue  # "in exchange for a pledge of neutrality": no goods back
        getter = next(iter(getters))
        found.append(Frame(_ENTRY, at, at + 3, (getter,), [(at + 3, end, frame.donors)], frame.status,
                           at, end))
    return found
