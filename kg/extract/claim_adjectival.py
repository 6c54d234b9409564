""""on suspicion of alleged links", "over alleged genocide", "despite reported threats": a speech word right
after a preposition is an adjective on the noun after it, never a verb with a speaker (gold rule C1 needs
someone saying something). "according to" and "as reported by" are not prepositions before the word."""

from __future__ import annotations

from kg.extract.view import PREPOSITIONS, SentenceView

_BEFORE_ADJECTIVE = PREPOSITIONS - {"to", "than", "like"}  # "to claim", "more than claimed", "like said"


def adjectival(view: SentenceView, j: int) -> bool:
    """Is the speech word at *j* an adjective after a preposition ("over alleged war crimes")?"""
    return j > 0 and view.lower[j - 1] in _BEFORE_ADJECTIVE and j + 1 < len(view.tokens) \
        and view.tokens[j + 1].text[:1].isalpha()
