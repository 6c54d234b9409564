"""Debts owed are loans given (README A1, loans are flows): "Kenya owes more than $6 billion to China",
"Kenya owes China $6 billion", "Laos is heavily indebted to China". The creditor lent to the debtor, who
is the verb's subject; the loan was paid out (delivered). Only a state or a lending body counts as a
creditor, and only money as what is owed ("owes its success to ..." is no debt)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_ENTRY = Entry(("owe",), "receive", "delivered")
_MONEY = frozenset("$ € £ ¥ billion million billions millions dollars euros yuan debt debts loans loan".split())
_STOPS = frozenset(". ; , but and which that while because".split())
_LENDERS = frozenset((w,) for w in "lender lenders bank banks government creditor creditors state".split())


def owed_frames(view: SentenceView, at: int) -> list[Frame]:
    """The frame of "owe" or "indebted" at *at*: the creditor after "to" (or right after "owe") lent to the
    subject."""
    n = len(view.tokens)
    if view.lower[at] == "owed" and view.lower[at + 1:at + 2] == ("to",):
        return _owed_to(view, at)
    end = next((k for k in range(at + 1, min(n, at + 12)) if view.lower[k] in _STOPS), min(n, at + 12))
    if view.lemmas[at] == "indebted":
        to = at + 1 if at + 1 < n and view.lower[at + 1] == "to" else None
        money = (at, at + 1)
    else:
        to = next((k for k in range(at + 1, end) if view.lower[k] == "to"), None)
        money = (at + 1, to if to is not None else end)
    creditor_at = (to if to is not None else at) + 1
    creditor_at += creditor_at < n and view.lower[creditor_at] == "the"  # "owes the IMF $8 billion"
    creditor = view.actor_at.get(creditor_at)
    if creditor is None or creditor.how == "demonym" and view.lower[creditor.last:creditor.last + 1] not in _LENDERS \
            or view.possessive(creditor):
        return []  # (but "owes the Chinese lender $130 million": the lender's state)
    if to is None:  # "owes China $6 billion": the money follows the creditor
        money = (view.group(creditor)[-1].last + (creditor.how == "demonym"), end)
    if view.lemmas[at] != "indebted" and not _names_money(view.lower[money[0]:money[1]]):
        return []  # "owes its recovery to Chinese loans"
    givers = unique(m.entity for m in view.group(creditor) if m.entity.kind in ("state", "organisation"))
    debtors, subject_at = view.subject(at)
    debtors = tuple(d for d in debtors if d.kind == "state" and d not in givers)
    if not givers or not debtors:
        return []
    first, last = money if money[0] < money[1] else (at, at + 1)
    return [Frame(_ENTRY, at, at + 1, givers, [(first, last, debtors)], "delivered",
                  subject_at if subject_at is not None else at, max(last, view.group(creditor)[-1].last))]


def _names_money(words) -> bool:
    """Do *words* name money: a sum ("$6 billion", "130 million") or a word of debt ("loans", "debt")?"""
    return any(w[:1] in "$€£¥" or w[:1].isdigit() or w in _MONEY for w in words)


_SUBJECT_STOPS = _STOPS | frozenset(("that", "which", "of"))


def _owed_to(view: SentenceView, at: int) -> list[Frame]:
    """"Most of Zambia's $17 billion external debt is owed to China", "Kenya's debt owed to China": the owner
    of the debt named before "owed to" borrowed from the creditor after it."""
    creditor = view.actor_at.get(at + 2 + (at + 2 < len(view.tokens) and view.lower[at + 2] == "the"))
    if creditor is None or creditor.how == "demonym" or view.possessive(creditor):
        return []
    first = at
    while first > 0 and at - first < 12 and view.lower[first - 1] not in _SUBJECT_STOPS:
        first -= 1
    if not _names_money(view.lower[first:at]):
        return []  # "the thanks owed to Qatar"
    givers = unique(m.entity for m in view.group(creditor) if m.entity.kind in ("state", "organisation"))
    debtors = unique(m.entity for m in view.state_in(first, at) if view.possessive(m) and m.how != "demonym"
                     and m.entity.kind == "state" and m.entity not in givers)
    if not givers or not debtors:
        return []
    return [Frame(_ENTRY, at, at + 1, givers, [(first, at, debtors)], "delivered", first, view.group(creditor)[-1].last)]


def from_demonym_lender(view: SentenceView, mention) -> bool:
    """Is *mention* a demonym naming a lender after "from the" ("borrowed $5 billion from the Chinese state
    lender"), which stands for its state as a lender named by name does?"""
    if mention.how != "demonym" or mention.first < 2 or view.lower[mention.first - 2:mention.first] != ("from", "the"):
        return False
    after = view.lower[mention.last:mention.last + 2]
    return after[:1] in _LENDERS or after[:1] == ("state",) and after[1:] in _LENDERS
