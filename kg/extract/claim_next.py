"""Where a reported clause ends because another speaker takes over: "The Herald reported that ..., but
President Trump denied that ..." -- the second statement is not part of the first."""

from __future__ import annotations

from kg.extract.claim_cues import assertion_rejected, trailing_attribution
from kg.extract.view import SentenceView


def next_statement(view: SentenceView, first: int, n: int, verbs: dict[str, str], assertion_nouns: frozenset[str]) -> int:
    """The end of the statement that starts at *first*: the break before another speaker's statement, else *n*."""
    for j in range(first, n - 2):
        if (view.lower[j] == ";" or (view.lower[j] == "," and view.lower[j + 1] in ("but", "while", "whereas"))) \
                and any(view.lower[k] in verbs and (k - 1) in view.actor_at for k in range(j + 2, min(j + 12, n))):
            return j
        if view.lower[j] == "," and view.lower[j + 1] in ("but", "while", "whereas") and j + 2 in view.actor_at \
                and any(view.lower[k] in verbs for k in range(j + 3, min(j + 20, n))):
            return j  # "..., while Maria Zakharova, the ministry's spokeswoman, said ...": another speaker
        if view.lower[j] == "," and assertion_rejected(view, j + 1, assertion_nouns, verbs):
            return j  # "..., a claim that Moscow rejected": the rejection is its speaker's own statement
        if view.lower[j] == "," and trailing_attribution(view, j + 1, n, verbs):
            return j  # "Xi said China would invest more, the foreign minister said.": the minister relays Xi
    return n
