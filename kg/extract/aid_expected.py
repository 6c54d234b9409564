"""Money a state expects from named givers: "A further $800 million that the government expected from the
AIIB and the OPEC Fund is now in question", "Egypt expects $3 billion from the Gulf".

Nothing has been given, and no giver has promised it: a request not yet answered (README A3,
`unspecified`). The givers follow "from"; the getter is the subject of "expected" when it is a state,
else the state the discourse is about ("the government", "it").
"""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_ENTRY = Entry(("expect",), "receive", "unspecified")
EXPECTING = frozenset("expect anticipate".split())
_GOVERNMENT = frozenset("government authorities it they country".split())


def _from_at(view: SentenceView, j: int) -> int | None:
    """The token after "from" that opens the givers, within a few words after *j*."""
    for k in range(j + 1, min(j + 5, len(view.tokens) - 1)):
        if view.lower[k] in (".", ",", ";"):
            return None
        if view.lower[k] == "from":
            at = k + 1 + (view.lower[k + 1] == "the")
            return at if at in view.actor_at else None
    return None


def expected_from_frame(view: SentenceView, j: int, context: Context) -> Frame | None:
    """The frame of "<amount> (that) X expected from <givers>" at token *j*."""
    if view.lemmas[j] not in EXPECTING or view.lower[j + 1:j + 2] == ("to",):
        return None  # "is expected to arrive": a stage cue, not a request
    at = _from_at(view, j)
    if at is None:
        return None
    givers = view.group(view.actor_at[at])
    donors = unique(m.entity for m in givers)
    amount = next((k for k in range(max(0, j - 10), j) if view.amount_at(k)), None)
    if amount is None:
        return None  # only money expected is read here
    subject, _ = view.subject(j)
    getters = tuple(r for r in subject if r.kind == "state" and r not in donors)
    if not getters and set(view.lower[amount:j]) & _GOVERNMENT:
        getters = tuple(r for r in context.fallback_recipients() if r not in donors)
    if not getters:
        return None
    end = givers[-1].last
    item_end = next((k for k in range(amount, j) if view.lower[k] in ("that", "which", "it", "the")), j)
    return Frame(_ENTRY, j, j + 1, donors, [(amount, item_end, getters)], "unspecified", amount, end,
                 used_context=not subject)
