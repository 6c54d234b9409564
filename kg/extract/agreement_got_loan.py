"""A loan a state got from a lending body, told with no approving verb: "Pakistan clinched a $3 billion bailout
from the IMF", "ahead of the first review of its $7 billion bailout from the International Monetary Fund" are
credit lines (README AG4) between the lending body and the state, agreed (AG2: the loan is in place, not signed).

The state is the subject of the verb of getting ("secured", "clinched", "won"), or the owner of the loan: a state
in the possessive ("Egypt's bailout from the IMF") or, for "its"/"their", the last state named before it. A loan
a state hopes, tries or plans "to secure" is no accord yet, nor is one it asks for ("its request for a bailout").
"""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_GOT = frozenset("secure clinch win obtain land receive get".split())
_DROPPED = frozenset("cancel scrap reject drop shelve".split())  # "cancelled a planned loan from the TDB": declined
_OWNERS = frozenset("its their".split())
_STOPS = frozenset(", ; . : — – ( )".split())


def source_end(view: SentenceView, noun: int) -> int:
    """The end of "from <organisation>" right after the loan noun ("a bailout from the IMF, approved ..."),
    else the noun's own end."""
    if noun + 1 < len(view.tokens) and view.lower[noun + 1] == "from":
        source = next((m for m in view.actors if m.entity.kind in ("organisation", "state") and m.how != "demonym"
                       and m.first in (noun + 2, noun + 3)), None)
        if source is not None:
            return source.last
    return noun + 1


def got_verb(view: SentenceView, start: int, noun: int, verbs: frozenset[str] = _GOT) -> int | None:
    """The verb of getting that opens the loan's phrase ("Pakistan clinched a $3 billion bailout"), not after
    "to" ("hopes to secure a loan"); with *verbs* another set (of dropping: "cancelled a planned loan")."""
    verb = next((j for j in range(noun - 1, start - 2, -1) if j >= 0 and view.lemmas[j] in verbs
                 and not view.tokens[j].text[:1].isupper()), None)
    if verb is None or (verb > 0 and view.lower[verb - 1] == "to"):
        return None
    return verb


def dropped_verb(view: SentenceView, start: int, noun: int) -> int | None:
    """The verb of dropping that opens the loan's phrase: "the government cancelled a planned $1.5 billion loan
    from the Trade and Development Bank" is a credit line declined (README AG2)."""
    return got_verb(view, start, noun, _DROPPED)


def getter(view: SentenceView, verb: int, lender: Mention) -> Mention | None:
    """The state that opens the clause of the verb of getting: "Pakistan clinched", "Kenya has finally secured"."""
    k = verb - 1
    while k >= 0 and verb - k <= 4 and view.lower[k] not in _STOPS and k not in view.actor_at:
        k -= 1
    mention = view.actor_at.get(k) if k >= 0 else None
    if mention is None or mention.entity.kind != "state" or mention.how == "demonym" or mention.entity == lender.entity:
        return None
    return mention if k == mention.last - 1 else None


def pronoun_owner(view: SentenceView, start: int, lender: Mention) -> Mention | None:
    """"its $7 billion bailout from the IMF": the loan of the last state named before the pronoun."""
    if view.lower[start] not in _OWNERS:
        return None
    before = [m for m in view.actors if m.last <= start and m.entity.kind == "state" and m.how != "demonym"
              and m.entity != lender.entity]
    return before[-1] if before else None
