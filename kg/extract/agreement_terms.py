"""An agreement named as the terms of a transfer told before it: "secured a loan from the UAE under a deal
signed last week", "will lend India 200 billion yen under an agreement signed on Tuesday". The giver named
with "from" is a party, and a loan's agreement is a credit line (README AG4)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_TERMS = frozenset("under through via".split())
_SKIP = frozenset("a an the this that new separate".split())
_LOAN = frozenset("loan loans lend lent lending credit borrow borrowed".split())


def under(view: SentenceView, first: int) -> bool:
    """The agreement noun at *first* follows "under" ("under a deal", "through a new agreement")."""
    k = first - 1
    while k >= 0 and view.lower[k] in _SKIP and first - k <= 3:
        k -= 1
    return k >= 0 and view.lower[k] in _TERMS


def from_party(view: SentenceView, first: int, at: int, governor: str | None) -> bool:
    """An actor at *at* governed by "from" before an agreement it is the terms of ("a loan from X under a deal")."""
    return governor == "from" and at < first and under(view, first)


def terms_kind(view: SentenceView, c_first: int, first: int, kind: str) -> str:
    """A deal under which money is lent is a credit line."""
    if kind == "deal" and under(view, first) and any(w in _LOAN for w in view.lower[c_first:first]):
        return "creditLine"
    return kind
