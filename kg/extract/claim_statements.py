"""Who issued a statement the text names before quoting it: "in a statement read out by government spokesman
Colonel Abdoulaye Maiga", "a communique from the foreign ministry" -- so that "the statement added" and
"according to the statement" later in the article have their speaker."""

from __future__ import annotations

from kg.extract.claim_frames import titled_person
from kg.extract.cues import needs
from kg.extract.view import SentenceView
from kg.model import Mention

_STATEMENT_NOUNS = frozenset("statement communique communiqué readout declaration".split())
_ISSUED = frozenset("read out issued released published posted signed".split())


@needs(lambda: _STATEMENT_NOUNS)  # "a statement issued by"
def statement_issuer(view: SentenceView) -> Mention | None:
    """The actor after "statement (read out / issued) by" or "statement from", or None."""
    for k, word in enumerate(view.lower):
        if word not in _STATEMENT_NOUNS:
            continue
        j = k + 1
        while j < len(view.tokens) and j - k <= 3 and view.lower[j] in _ISSUED:
            j += 1
        if j + 1 >= len(view.tokens) or view.lower[j] not in ("by", "from"):
            continue
        at = j + 1 + (view.lower[j + 1] == "the")
        mention = view.actor_at.get(at) or titled_person(view, at)
        if mention is not None and mention.entity.kind in ("person", "organisation"):
            return mention  # a state here may open a body's longer name ("the Jordan Armed Forces")
    return None
