"""A loan approved in a relative clause after it: "a $1.3 billion programme that the International Monetary
Fund approved for Lusaka in 2022", "a loan of about $1.9 billion that IMF staff agreed with Tunis", "the
interest-free loan for Ukraine, which EU leaders approved in December". The lending body is the subject of the
relative clause and the borrower the state after "for", "to" or "with" right after its verb (or the state the
loan is "for", read by :mod:`kg.extract.agreement_loans`)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_RELATIVES = frozenset("that which".split())
_SKIP = frozenset("of about around some nearly almost over up to more than".split())  # "a loan of about $1.9 billion"
_SUBJECT = frozenset("the its 's staff leaders board executive member members states governments officials "
                     "finance ministers ministers".split())  # "that IMF staff", "which EU leaders", "the IMF's board"


def relative_approval(view: SentenceView, after: int, approve: frozenset[str]) -> int | None:
    """The verb of approval of a relative clause opened at or shortly after *after* (the end of the loan noun
    and its source): past its amount ("of about $1.9 billion") or "for <state>", a "that"/"which" (", which"),
    then a lending organisation and its staff words, then the verb (past tense)."""
    n, k = len(view.tokens), after
    while k < n and k - after < 8 and (view.lower[k] in _SKIP or view.amount_at(k) or view.lower[k] in (
            "million", "billion", "bn", "euros", "dollars", "for") or k in view.actor_at
            and view.actor_at[k].entity.kind == "state" and view.lower[k - 1] in ("for", "to")):
        k += 1  # "of about $1.9 billion", "for Ukraine"
    k += k < n and view.lower[k] == ","
    if k >= n or view.lower[k] not in _RELATIVES:
        return None
    j, body = k + 1, False
    while j < n and j - k <= 6 and (view.lower[j] in _SUBJECT or j in view.actor_at
                                    and view.actor_at[j].entity.kind == "organisation"):
        body = body or j in view.actor_at
        j += 1
    if not body or j >= n or view.lemmas[j] not in approve or not view.lower[j].endswith("ed"):
        return None
    return j


def relative_borrower(view: SentenceView, verb: int) -> Mention | None:
    """"approved for Lusaka", "agreed with Tunis last October": the state right after the relative verb."""
    k = verb + 1
    if k + 1 < len(view.tokens) and view.lower[k] in ("for", "to", "with"):
        m = view.actor_at.get(k + 1)
        if m is not None and m.first == k + 1 and m.entity.kind == "state" and m.how != "demonym":
            return m
    return None
