"""Goods "made available": "The EU has made 50 billion euros available to Ukraine", "China had never made
lethal weapons available to any party", "Japan will make two patrol ships available to Manila". The
subject gives, "to"/"for" names the getter (else the discourse context does), and the cues before
"make" give the stage as they do for a supply verb (a denial, "will", "has offered to")."""

from __future__ import annotations

from kg.extract.aid_checks import names_aid
from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.cues import revises
from kg.extract.lexicon import AidLexicon, Entry
from kg.extract.view import CLAUSE_END, SentenceView

_ENTRY = Entry(("make", "available"), "give", "delivered")
_STOPS = frozenset(". , ; and but that which who while".split())


@revises("make")  # "made <goods> available"
def made_available(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    """*frames* with a frame for each "make <goods> available (to <getter>)" that no frame reads yet."""
    added = []
    for j, lemma in enumerate(view.lemmas):
        if lemma != "make":
            continue
        avail = next((k for k in range(j + 1, min(len(view.tokens), j + 10))
                      if view.lower[k] == "available" or view.lower[k] in _STOPS or view.lower[k] in CLAUSE_END), None)
        if avail is None or view.lower[avail] != "available" or avail == j + 1 or not names_aid(view, j + 1, avail):
            continue
        if any(f.quote_first <= j < f.quote_last or j + 1 <= f.first < avail for f in frames):
            continue  # a frame of the sentence already reads this clause
        donors, subject_at = view.subject(j)
        donors = tuple(d for d in donors if d.kind in ("state", "organisation"))
        if not donors:
            continue
        status = status_cues(view, j, "delivered", lexicon)
        if status is None:
            continue
        end = avail + 1
        recipients = ()
        at = end + 1 + (end + 1 < len(view.tokens) and view.lower[end + 1] == "the")
        if at < len(view.tokens) and view.lower[end] in ("to", "for") and (getter := view.actor_at.get(at)):
            recipients = (getter.entity,)
            end = getter.last
        recipients = tuple(r for r in recipients if r not in donors)
        added.append(Frame(_ENTRY, j, avail + 1, donors, [(j + 1, avail, recipients)], status,
                           subject_at if subject_at is not None else j, end, used_context=not recipients))
    return frames + added
