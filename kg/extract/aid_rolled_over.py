"""A loan or deposit rolled over or renewed: "China has rolled over $2.4 billion in loans to Pakistan", "the
UAE rolled over $2 billion in deposits for another year", "Kuwait has renewed its $4 billion in deposits with
the Central Bank of Egypt", "Kuwait has extended the maturity of its deposit", "Iraq has renewed its fuel supply deal with Lebanon", "Saudi Arabia also extended
its $3 billion deposit". Keeping money lent or a supply deal for a further term is an extension granted,
contracted (README A3 "approved"), not a new transfer. A rollover going on or repeated ("loans that the three
are rolling over", "deposits which have been rolled over year after year") stays a standing supply,
delivered, and a rollover promised ("will roll over") keeps its cue."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_HABITUAL = frozenset("after every each repeatedly routinely regularly again annually".split())
_BE = frozenset("is are was were be been being".split())


# What is held for a term and can be extended: "extended its deposit" ("extended its support" gives more).
_TERMS = frozenset("deposit deposits loan loans credit swap facility arrangement deal".split())
_DETERMINERS = frozenset("a an the its their his her our".split())


def rolled_over(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each active "rolled over" or "renewed" read as delivered made approved, and so the
    participle after a comma that took its stage ("rolled over a $2 billion loan to Pakistan, giving
    Islamabad some breathing room")."""
    out: list[Frame] = []
    extended = None
    for f in frames:
        if f.status == "delivered" and (_granted(view, f.first) or _renewed(view, f.first)):
            f = extended = replace(f, status="approved")
        elif f.status == "delivered" and extended is not None and f.first > extended.first and f.first > 0 \
                and view.lower[f.first - 1] == "," and view.lower[f.first].endswith("ing") \
                and set(f.donors) == set(extended.donors):
            f = replace(f, status="approved")
        out.append(f)
    return out


def _renewed(view: SentenceView, first: int) -> bool:
    """Does an active "renewed" govern the item at *first*, in its clause ("has renewed its $4 billion in
    deposits", "renewed its fuel supply deal")? Not the adjective ("a renewed licence")."""
    words = view.lower
    for j in range(first, max(-1, first - 11), -1):
        if j < first and (words[j] in (",", ";", ".", "and", "but", "which", "that", "who")):
            return False
        if words[j] == "renewed" or words[j] == "extended" and (words[j + 1:j + 2] in (("its",), ("their",))
                                                                 or _term_of(words, j + 1)) \
                and set(words[j + 2:j + 10]) & _TERMS:
            # "extended its $3 billion deposit": the one it holds, kept for longer ("extended a credit line to
            # Colombo" grants a new one)
            before = words[j - 1] if j > 0 else ""
            return before not in _BE and before not in _DETERMINERS
    return False


# The length of what is lent, pushed out: "extended the maturity of its deposit", "extended the term of a loan".
_LENGTHS = frozenset("maturity maturities term tenor tenure duration".split())


def _term_of(words: tuple[str, ...], at: int) -> bool:
    """Does "the maturity of", "the repayment period of" start at *at*?"""
    if words[at:at + 1] != ("the",):
        return False
    k = at + 1 + (words[at + 1:at + 2] == ("repayment",))
    return k + 1 < len(words) and (words[k] in _LENGTHS or words[at + 1] == "repayment" and words[k] == "period") \
        and words[k + 1] == "of"


def _granted(view: SentenceView, verb: int) -> bool:
    words = view.lower
    if words[verb] != "rolled" or words[verb + 1:verb + 2] != ("over",):
        return False
    if verb > 0 and words[verb - 1] in _BE:
        return False  # "were rolled over": the passive of a standing supply
    clause_end = next((k for k in range(verb + 2, len(words)) if words[k] in (".", ";", ",")), len(words))
    return not any(w in _HABITUAL for w in words[verb + 2:clause_end])
