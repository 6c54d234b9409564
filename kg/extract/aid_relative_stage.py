"""Aid named with the stage a giver reached in a relative clause after it: "the $26 billion in aid for
Israel that Congress approved last month", "the $500 million loan that the World Bank approved in March",
"the tanks for Kyiv which Berlin promised". The relative clause's giver gives, its verb gives the stage
(approved, pledged, delivered, offered), and "to/for <actor>" in the noun phrase, else the discourse
context, names the getter."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.cues import revises
from kg.extract.lexicon import AidLexicon, load_lexicon
from kg.extract.view import SentenceView

_RELATIVES = frozenset("that which".split())
_DETERMINERS = frozenset("the a an its their this these those".split())
_AUX = frozenset("has have had was were is are will would shall not n't also already".split())


@revises(lambda: load_lexicon().aid_nouns)  # "the aid that Germany sent"
def relative_stage_frames(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    """*frames* with a frame for each aid noun followed by "that/which <giver> <give verb>" no frame reads."""
    added = []
    n = len(view.tokens)
    for at, word in enumerate(view.lower):
        if word not in lexicon.aid_nouns:
            continue
        rel = next((k for k in range(at + 1, min(n, at + 5)) if view.lower[k] in _RELATIVES), None)
        if rel is None or rel + 2 >= n or any(view.lower[k] in (",", ".", ";") for k in range(at + 1, rel)):
            continue
        giver = view.actor_at.get(rel + 1 + (view.lower[rel + 1] == "the"))
        if giver is None or giver.entity.kind not in ("state", "organisation"):
            continue
        verb = giver.last
        while verb < n and verb - giver.last < 3 and view.lower[verb] in _AUX:
            verb += 1  # "that Germany has already sent", "that the Fund will disburse"
        entry = next((e for e in lexicon.by_first_word.get(view.lemmas[verb], ()) if e.frame == "give"
                      and len(e.words) == 1), None) if verb < n else None
        if entry is None or entry.status == "declined" or any(f.first == verb or f.first == at for f in frames):
            continue
        status = status_cues(view, verb, entry.status, lexicon)  # "the aid that Russia has not sent", "will send"
        if status is None:
            continue
        start = at
        while start > 0 and at - start < 8 and view.lower[start - 1] not in _DETERMINERS \
                and view.lower[start - 1] not in (",", ".", ";", "that", "which") and start - 1 not in view.actor_at:
            start -= 1
        getters = tuple(m.entity for m in view.state_in(at + 1, rel) if view.word_before(m) in ("to", "for")
                        and m.entity != giver.entity)
        added.append(Frame(entry, verb, verb + 1, (giver.entity,), [(start, at + 1, getters)], status,
                           start, verb + 1, used_context=not getters))
    return frames + added
