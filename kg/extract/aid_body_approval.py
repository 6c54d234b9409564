"""A loan approved by the getter's own legislature or cabinet: "Sri Lanka's parliament ratified the loan
agreement with China", "Kenya's cabinet approved a loan from China for the railway", "Lawmakers in Ghana
ratified a $500 million loan from the World Bank". The body consents to borrowing; the lender named in the
object ("from"/"with" X, a demonym, an owner) gives and the body's state gets, approved (README A3), the
active counterpart of aid_passive_approval ("A Chinese loan was approved by Sri Lanka's parliament").
Without this reading the state owning the body became the giver of its own loan, or nothing was found."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_APPROVING = frozenset("approve ratify endorse".split())
ADDS_WITH = _APPROVING  # no frame added without one (aid_sentence_passes)
_BODIES = frozenset("parliament parliaments cabinet legislature lawmakers legislators senate congress "
                    "assembly mps deputies senators".split())
_LOANS = frozenset("loan loans credit financing facility bailout".split())
_SERVICING = frozenset("repay repayment repayments restructure restructuring reschedule default".split())
_ENTRY = Entry(("approve",), "give", "approved")


def body_approvals(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each loan approved by the getter's own body read as the lender's flow to that state."""
    if _APPROVING.isdisjoint(view.lemmas):
        return frames  # (most sentences: no approving verb)
    for j, lemma in enumerate(view.lemmas):
        if lemma not in _APPROVING or j < 1:
            continue
        getter = _body_owner(view, j)
        if getter is None:
            continue
        end = next((k for k in range(j + 1, len(view.tokens)) if view.lower[k] in (",", ".", ";", "after", "which")),
                   len(view.tokens))
        if not _LOANS & set(view.lower[j + 1:end]) or _SERVICING & set(view.lemmas[j + 1:end]):
            continue  # ("approved a plan to repay the loan from China": no new loan)
        lenders = unique(m.entity for m in view.actors_in(j + 1, end) if m.entity != getter and (
            m.how == "demonym" or view.possessive(m) or view.lower[m.first - 1 - (view.lower[m.first - 1] == "the")] in (
                "from", "with")))
        if not lenders:
            continue
        # the approving verb read as the body's state giving, and the loan noun read as given
        frames = [f for f in frames if not j <= f.first < end]
        item_end = next((k for k in range(j + 1, end) if view.lower[k] in ("from", "with", "for", "on")), end)
        item_end -= view.lower[item_end - 1] in ("agreement", "deal", "accord", "contract")  # "the loan agreement"
        frames.append(Frame(_ENTRY, j, j + 1, lenders, [(j + 1, item_end, (getter,))], "approved",
                            view.actors_in(0, j)[0].first if view.actors_in(0, j) else j, end))
    return frames


def _body_owner(view: SentenceView, verb: int):
    """The state whose body is the subject of the verb at *verb*: "Sri Lanka's parliament", "Kenya's cabinet",
    "Lawmakers in Ghana", "the Kenyan parliament"; None otherwise."""
    start = max(0, verb - 6)
    words = view.lower[start:verb]
    if not _BODIES & set(words) or any(w in (",", ".", ";") for w in words):
        return None
    states = [m for m in view.state_in(start, verb) if m.entity.kind == "state"]  # ("in Ghana": a place to actors_in)
    if len(states) != 1:
        return None
    m = states[0]
    if view.possessive(m) or m.how == "demonym" or view.lower[m.first - 1] == "in":
        return m.entity
    return None
