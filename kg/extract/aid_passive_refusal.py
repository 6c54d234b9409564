"""A refusal in the passive with its agent named: "China's offer of a loan was rejected by the Philippines"
(the offerer gives, the agent refused to get: offered and declined), "Ukraine's request for jets was
turned down by Germany" (the agent refused to give, the asker would have got: declined)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import passive_agent
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_REQUESTS = frozenset("request requests appeal appeals plea pleas bid bids".split())


def refused_by_agent(view: SentenceView, subject_first: int, be: int, first: int, last: int,
                     entry: Entry) -> Frame | None:
    """The declined frame of a passive decline verb at *first* whose agent follows "by", if any."""
    if entry.status != "declined":
        return None
    agent = passive_agent(view, last)
    owners = unique(m.entity for m in view.state_in(subject_first, be) if m.entity not in agent
                    and (m.how == "demonym" or view.possessive(m)))
    if not agent or not owners:
        return None
    if set(view.lower[subject_first:be]) & _REQUESTS:  # the asker would have got what the agent refused
        donors, recipients = agent, owners
    else:  # the offerer would have given what the agent turned down
        donors, recipients = owners, agent
    return Frame(entry, first, last, donors, [(subject_first, be, recipients)], "declined", subject_first, last)
