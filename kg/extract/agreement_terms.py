"""Parties and kinds an agreement takes from the words around it: the terms of a transfer told before it
("secured a loan from the UAE under a deal signed last week": the giver named with "from" is a party, and a
loan's agreement is a credit line, README AG4), and the agent of a passive ("the statement drafted by China")."""

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


def agent_party(view: SentenceView, at: int, governor: str | None, verbs: frozenset[str]) -> bool:
    """An actor at *at* after "by" and a participle of *verbs* ("drafted by China", "signed by Finland and ...")."""
    if governor != "by":
        return False
    by = next((j for j in range(at - 1, max(-1, at - 8), -1) if view.lower[j] == "by"), None)
    return by is not None and by > 0 and view.lower[by - 1].endswith("ed") and view.lemmas[by - 1] in verbs


_GOVERNMENT = frozenset("government authorities administration state ministry side".split())


def government_party(view: SentenceView, at: int, last: int, how: str, governor: str | None) -> bool:
    """A demonym after the agreement noun that names the other side's government ("signed two agreements with
    the Colombian government", "a contract with the Saudi defence ministry"), not the accord's content."""
    if how != "demonym" or governor not in ("with", "between") or at < last:
        return False
    return any(view.lower[j] in _GOVERNMENT for j in range(at + 1, min(at + 3, len(view.tokens))))


def borrower_party(view: SentenceView, at: int, last: int, kind: str, governor: str | None) -> bool:
    """"a $3 billion loan package for Egypt", "a new facility for Pakistan": the actor right after a credit
    line's noun with "for" is its borrower."""
    return kind == "creditLine" and governor == "for" and 0 <= at - last <= 2 and view.lower[last] == "for"
