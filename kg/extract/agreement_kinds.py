"""The kind an agreement noun takes from the words around it (AG4): "a tripartite agreement", "a loan
deal", "a deal on a $1 billion loan" (a credit line), "a deal for 40 F-16s" (a contract); and the order
of kinds by which the first that applies names a clause's accord."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.extract.agreement_purchase import ordered
from kg.extract.agreement_senses import three_way
from kg.extract.agreement_supply import supply_terms
from kg.extract.event_rules import rules as _rules
from kg.extract.view import SentenceView
from kg.model import EntityRef


@cache
def rank(kind: str) -> int:
    """The place of *kind* in the rule file's `kind_order` (AG4: the first kind that applies wins)."""
    order = _rules()["agreement"]["kind_order"]
    return order.index(kind) if kind in order else len(order)


def kind_of(view: SentenceView, hit: tuple[int, int, str]) -> tuple[int, int, str]:
    """The kind a noun takes from its modifiers: "a tripartite agreement", "a loan deal", "a deal on a $1 billion
    loan" (a credit line), "a trilateral supply contract" (still a contract)."""
    first, last, kind = hit
    rules = _rules()["agreement"]
    if first > 0 and three_way(view, first - 1, rules["tripartite"]) and rank(kind) > rank("tripartiteAgreement"):
        return first, last, "tripartiteAgreement"
    if kind == "partnership" and view.lower[first] in _MEMORANDA and (
            defence_terms(view, last) or defence_modifier(view, first)
            or first > 0 and view.lower[first - 1] in _DEFENCE):
        return first, last, "treaty"  # "a memorandum of understanding on defence cooperation", "a defence memorandum"
    if kind != "deal":
        return hit
    if first > 0 and view.lower[first - 1] in rules["loan_words"]:
        return first, last, "creditLine"
    if ordered(view, last) or supply_terms(view, last):
        return first, last, "contract"  # "a deal for 40 F-16s", "an agreement to supply LNG"
    end = next((j for j in range(last, min(last + 12, len(view.tokens)))
                if view.lower[j] in (",", ";", ".", "that", "which", "to")), min(last + 12, len(view.tokens)))
    on = next((j for j in range(last, end) if view.lower[j] in ("on", "for", "covering")), None)
    if on is not None and any(view.lower[k] in rules["loan_words"] for k in range(on + 1, end)):
        return first, last, "creditLine"
    if under_which_loan(view, last, rules["loan_words"]):
        return first, last, "creditLine"  # "an agreement with Ukraine under which Kyiv is to receive a loan"
    if defence_terms(view, last) or defence_modifier(view, first):
        return first, last, "treaty"  # "an agreement on military cooperation", "a security co-operation deal"
    purpose = next((j for j in range(last, end) if view.lower[j] == "for"), None)
    if purpose is not None and any(view.lower[k] in _PURCHASES for k in range(purpose + 1, end)):
        return first, last, "contract"  # "agreements for some $110 billion in arms purchases", "a deal for the purchase of"
    return hit


_DEFENCE = frozenset("military defence defense security".split())
_MEMORANDA = frozenset("memorandum memoranda memorandums mou mous letter letters".split())
_TIES = frozenset("cooperation co-operation ties assistance".split())
_BETWEEN_TIES = frozenset("industry industrial technical technology".split())


def defence_terms(view: SentenceView, last: int) -> bool:
    """A deal whose terms, told right after it ("on military cooperation", "that deepens defence ties",
    "which includes a pledge of mutual defence"), are defence or security: a treaty (AG4)."""
    end = next((j for j in range(last, min(last + 14, len(view.tokens))) if view.lower[j] in (",", ";", ".")),
               min(last + 14, len(view.tokens)))
    if last >= end or view.lower[last] not in ("on", "that", "which", "to", "for", "covering"):
        return False
    words = [w for w in view.lower[last:end] if w not in _BETWEEN_TIES]  # "on defence industry cooperation"
    return any(a in _DEFENCE and b in _TIES for a, b in zip(words, words[1:])) or any(
        a == "mutual" and b in ("defence", "defense") for a, b in zip(words, words[1:]))


_BETWEEN = frozenset("cooperation co-operation co - operation industry industrial technical".split())


def defence_modifier(view: SentenceView, first: int) -> bool:
    """A deal named by a defence or security word before it, over words of cooperation only ("a security
    co-operation deal", "a defence industry cooperation agreement"): a defence or security agreement (AG4)."""
    j = first - 1
    while j >= 0 and first - j <= 5 and view.lower[j] in _BETWEEN:
        j -= 1
    return j >= 0 and j < first - 1 and view.lower[j] in _DEFENCE


_PURCHASES = frozenset("purchase purchases sale sales procurement acquisition acquisitions order orders".split())


def under_which_loan(view: SentenceView, last: int, loan_words: list[str]) -> bool:
    """Does a relative "under which" clause after the noun ending before *last* (past its "with X") tell of a
    loan ("signed an agreement with Ukraine under which Kyiv is to receive a loan of $3 billion")?"""
    n = len(view.tokens)
    at = next((j for j in range(last, min(last + 8, n - 1)) if view.lower[j] in (",", ";", ".")
               or tuple(view.lower[j:j + 2]) == ("under", "which")), None)
    if at is None or view.lower[at] != "under":
        return False
    stop = next((j for j in range(at + 2, min(at + 20, n)) if view.lower[j] in (";", ".")), min(at + 20, n))
    return any(view.lower[k] in loan_words for k in range(at + 2, stop))


_LENDER_WORDS = frozenset("Fund Bank".split())  # the IMF, the World Bank, a development bank
_MONEY = frozenset("billion million bn mn".split())


def lender_kind(view: SentenceView, first: int, kind: str, parties: Sequence[EntityRef]) -> str:
    """"The board also approved a new $1.4 billion arrangement" with the IMF, "a $500 million agreement with
    the World Bank": a sum lent under a deal with a lending body is a credit line (AG4); *kind* else."""
    if kind != "deal" or not any(p.kind == "organisation" and _LENDER_WORDS & set(p.label.split()) for p in parties):
        return kind
    before = view.lower[max(0, first - 5):first]
    money = any(w in _MONEY or w[:1] in "$€£¥" for w in before)
    return "creditLine" if money else kind
