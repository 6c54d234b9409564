"""Who lends in "finance the purchase with loans from South Korea's Export-Import Bank": the actor after
"from" in the "with" phrase of a finance verb, not the subject that pays with the money.
"""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_MONEY = frozenset("loan loans credit credits money funds financing grant grants".split())


def loan_from(view: SentenceView, with_at: int, donors) -> EntityRef | None:
    """The lender named after "from" within a few words of the "with" at *with_at* ("with loans from
    Japan", "with a credit line from China's Exim Bank"), when the words between name money."""
    n = len(view.tokens)
    for k in range(with_at + 1, min(with_at + 6, n - 1)):
        if view.lower[k] in (",", ".", ";"):
            return None
        if view.lower[k] == "from":
            if not _MONEY & set(view.lower[with_at + 1:k]):
                return None
            at = k + 1 + (view.lower[k + 1] == "the")
            mention = view.actor_at.get(at)
            return mention.entity if mention is not None and mention.entity not in donors else None
    return None
