"""Givers named beside a money or aid noun rather than before it. The one thanked: "Zelensky thanked
Seoul for humanitarian aid" (the one who thanks received; "praised Tokyo for its quick relief" is read by
aid_nouns). A lending body that is the subject of a deal with a state: "The IMF reached a staff-level
agreement with Ghana on a $3 billion loan" (the state borrows)."""

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
    group = view.group_ending(view.actor_at[j - 1])
    if group[0].first < 1 or view.lemmas[group[0].first - 1] not in _THANKING:
        return ()
    return unique(m.entity for m in group)


LENDER_DEALS = frozenset("deal agreement accord arrangement".split())  # "a staff-level agreement with ..."


def lender_deal(view: SentenceView, first: int):
    """(lending body, state) when the body is the subject of a deal "with" the state on the money noun at
    *first*: "The IMF reached a staff-level agreement with Ghana on a $3 billion loan"; else None."""
    for j in range(max(1, first - 12), first - 1):
        if view.lower[j] in LENDER_DEALS and view.lower[j + 1] == "with":
            partner = view.actor_at.get(j + 2 + (view.lower[j + 2] == "the"))
            subject, _ = view.subject(j)
            if partner is not None and partner.entity.kind == "state" and len(subject) == 1 \
                    and subject[0].kind == "organisation":
                return subject[0], partner.entity
    return None
