"""An accord "similar" to the last one, with a new partner: "Australia signed a security treaty with Papua
New Guinea ... A similar accord with Vanuatu was shelved" is Australia's accord with Vanuatu, the signer
of the accord told before with the partner this clause names."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.view import SentenceView
from kg.model import Agreement, EntityRef

_LIKE = frozenset("similar comparable parallel matching identical".split())


def similar_pair(view: SentenceView, first: int, parties: tuple[EntityRef, ...],
                 found: Sequence[Agreement]) -> tuple[EntityRef, ...]:
    """(signer of the last two-party accord, the clause's one party) where "similar" stands among the two words
    before the noun at *first*, that party is named after the noun (the new partner, not the subject: "Ivory
    Coast renewed a similar arrangement with European banks" is no accord of the last signer's with Ivory
    Coast) and the last accord's signer is not that party; *parties* else."""
    if len(parties) != 1 or not any(view.lower[k] in _LIKE for k in range(max(0, first - 2), first)):
        return parties
    if not any(m.entity == parties[0] for m in view.actors_in(first, len(view.tokens))):
        return parties
    last = next((a for a in reversed(found) if len(a.parties) == 2), None)
    if last is None or parties[0] in last.parties:
        return parties
    return (last.parties[0], parties[0])
