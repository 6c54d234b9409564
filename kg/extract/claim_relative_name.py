""""JANAF, which carries crude to the refinery at Pancevo, said ...", "The Serbian firm NIS, which is
majority owned by Gazprom Neft, said ...": a company or body the gazetteers do not know, opening the
sentence before a relative clause set off by commas, speaks the verb after the clause."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef


def name_before_relative(view: SentenceView, j: int) -> tuple[EntityRef, int] | None:
    """(the name ending at token *j*, where it starts) when it opens the sentence and ", which" or ", who"
    follows it, else None."""
    if j < 0 or j + 2 >= len(view.tokens) or view.lower[j + 1] != "," or view.lower[j + 2] not in ("which", "who") \
            or j in view.actor_at or not view.tokens[j].text[:1].isupper():
        return None
    found = source_name(view, j, -1)
    if found is None or found[1] > 1 or (found[1] == 1 and view.lower[0] != "the"):
        return None  # only a name that opens the sentence: not "... to Gazprom Neft, which said"
    return found[0], found[1]
