"""The giver named as the one thanked: "Zelensky thanked Seoul for humanitarian aid", "praised
Tokyo for its quick relief" (the "its" case is read by aid_nouns). The one who thanks received."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

_THANKING = frozenset("thank praise hail commend credit".split())
_BETWEEN = frozenset("the its their all his her steady continued generous".split())
_LINKS = frozenset("with to of on in from and or by".split())


def thanked_giver(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """The actor thanked "for" the aid noun at *first*, when the sentence says "thanked X for [the] aid"."""
    j = first - 1
    while j > 0 and first - j <= 4 and view.lower[j] != "for":
        word = view.lower[j]
        if not (word in _BETWEEN or word.isalpha() and word.islower()) or word.endswith("ing") or word in _LINKS:
            return ()  # "thanked China for helping with the loan": what China did is not said to be a gift
        j -= 1
    if j < 2 or view.lower[j] != "for" or (j - 1) not in view.actor_at:
        return ()
    thanked = view.actor_at[j - 1]
    listed = [m for m in view.actors if m.last <= thanked.last and thanked in view.group(m)]
    start = listed[0].first if listed else thanked.first
    if start < 1 or view.lemmas[start - 1] not in _THANKING:
        return ()
    return unique(m.entity for m in view.group(listed[0] if listed else thanked))
