"""Council sessions told by a vote: "Russia vetoed the renewal at the Security Council", "Brazil, which sat on
the UN Security Council and voted for a draft resolution".

M1/M3: a member voting in a council took part in its session, so the voter (the state or person before the
verb) and the council meet as a ``councilSession``. Only a council the text names in the same clause counts;
a vote in a parliament or a referendum is no meeting.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_clauses import clause
from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.view import SentenceView
from kg.model import Meeting, Mention, Sentence

_VOTES = frozenset("vote voted votes veto vetoed vetoes abstain abstained abstains".split())
_SEATED = frozenset("sat sits seated".split())  # "sat on the Security Council ... and voted"


def _council(view: SentenceView, first: int, last: int) -> Mention | None:
    """A council named as a place of voting ("at the Security Council", "sat on the UN Security Council"); in
    "vetoed a Security Council resolution" it only names the document."""
    for m in view.state_in(first, last):
        k = m.first - 1 - (m.first > 0 and view.lower[m.first - 1] == "the")
        if m.entity.kind == "organisation" and "council" in m.entity.label.lower() and k >= 0 \
                and view.lower[k] in ("at", "in", "on"):
            return m
    return None


def _voter(view: SentenceView, c_first: int, verb: int) -> Mention | None:
    """The nearest state or person before the verb that governs no preposition ("Russia vetoed", "Brazil,
    which sat on the council and voted")."""
    for m in reversed(view.state_in(c_first, verb)):
        if m.entity.kind in ("state", "person") and not view.possessive(m) \
                and not (m.first > 0 and view.lower[m.first - 1] in ("of", "in", "to", "from", "at", "on", "by")):
            return m
    return None


def council_votes(sentence: Sentence, actors: list[Mention], *, doc_id: str, today: date | None) -> list[Meeting]:
    """The council sessions one sentence tells by a member's vote."""
    out: list[Meeting] = []
    if _VOTES.isdisjoint(sentence.lower_set):
        return out  # most sentences: no vote, and no view to build
    view = SentenceView(sentence, actors)
    for j, word in enumerate(view.lower):
        if word not in _VOTES:
            continue
        c_first, c_last = clause(view, j)
        start = next((k for k in range(j - 1, c_first - 1, -1) if view.lower[k] in _SEATED), c_first)
        council = _council(view, start, c_last)
        voter = _voter(view, c_first, j)
        if council is None or voter is None or any({voter.entity, council.entity} <= set(m.participants) for m in out):
            continue
        out.append(Meeting((voter.entity, council.entity), "councilSession",
                           evidence(sentence, doc_id, c_first, c_last), None, event_date(sentence, today)))
    return out
