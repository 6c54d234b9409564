"""The giver named in a relative clause after a received item: "handed back EUR 60 million that the European
Union had paid into its treasury" (the Union paid it, the one handing back had received it)."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView
from kg.model import EntityRef


def relative_giver(view: SentenceView, at: int, recipients) -> tuple[EntityRef, ...]:
    """"handed back EUR 60 million that the European Union had paid into its treasury": the giver
    named in a relative clause after the item."""
    if at >= len(view.tokens) - 2 or view.lower[at] not in ("that", "which"):
        return ()
    k = at + 1 + (view.lower[at + 1] == "the")
    if k not in view.actor_at or view.actor_at[k].entity in recipients:
        return ()
    giver = view.actor_at[k]
    lexicon = load_lexicon()
    for x in range(giver.last, min(giver.last + 4, len(view.tokens))):
        if any(e.frame == "give" for e in lexicon.by_first_word.get(view.lemmas[x], ())):
            return (giver.entity,)
    return ()
