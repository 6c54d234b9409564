"""An offer accepted: "Morocco accepted Spain's offer of rescue teams", "Help offered by Qatar was accepted
by Rabat". Taking up an offer is consent to the flow, not its arrival: approved (README A3), whereas
"accepted the first batch of tanks" still reports goods that came (delivered). So is a loan or a deal
secured or clinched ("Pakistan clinched a $3 billion bailout from the IMF"): agreed, not yet paid out."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import passive_agent
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_ACCEPT = frozenset("accept".split())
# Getting a loan, bailout or deal agreed: the lender has consented, nothing is paid out yet (README A3 approved).
_AGREED = frozenset("secure clinch".split())
_NOT_YET = frozenset("not n't never yet".split())
_OFFERS = frozenset("offer offers offered proposal proposals proposed bid bids".split())  # "accepted a Japanese bid"


def names_offer(view: SentenceView, first: int, last: int) -> bool:
    """Do tokens[first:last] name an offer ("Egypt's offer of", "help offered by Spain")?"""
    return bool(set(view.lower[max(0, first):last]) & _OFFERS)


def accepted_stage(view: SentenceView, entry: Entry, first: int, last: int, status: str) -> str:
    """The stage of a receive frame whose verb is "accept" and whose object (or passive subject)
    *first*:*last* names an offer: approved; any other frame keeps *status*."""
    if entry.words[0] in _ACCEPT and names_offer(view, first, last) \
            and set(view.lower[max(0, first - 5):first]) & _NOT_YET:
        return "offered"  # "Rabat has not yet accepted offers from France and Germany": still offers
    if entry.words[0] in _ACCEPT and status == "delivered" and names_offer(view, first, last):
        return "approved"
    if entry.words[0] in _AGREED and status == "delivered":
        return "approved"  # "Pakistan clinched a $3 billion bailout from the IMF": agreed, not yet paid out
    return status


def accepted_by_agent(view: SentenceView, subject_first: int, be: int, first: int, last: int,
                      entry: Entry) -> Frame | None:
    """"Teams offered by Japan were accepted by Türkiye": the offerers give, the agent of "accepted" gets."""
    if entry.words[0] not in _ACCEPT or not names_offer(view, subject_first, be):
        return None
    agent = passive_agent(view, last)
    offerers = unique(m.entity for m in view.actors_in(subject_first, be) if m.entity not in agent)
    if not agent or not offerers:
        return None
    return Frame(entry, first, last, offerers, [(subject_first, be, agent)], "approved", subject_first, last)
