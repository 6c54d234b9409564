"""A person who speaks to a body that sits in session meets it (README M2: one named person at a multilateral
event meets the event's organisation): "Ramesh Rajasingham ... told the Security Council on Tuesday",
"Addressing the UN General Assembly in New York, Zelenskiy said ...", "Guterres briefed the council".

Only bodies that meet as assemblies count (their label names a council, assembly, parliament or forum), so
"told the IMF" or "told Reuters" is no meeting. The kind is a council session for a council, else a
conference (M3); the place is the one named right after the body ("in New York"), the date the clause's.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_clauses import clause
from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.meeting_places import meeting_place
from kg.extract.view import SentenceView, by_sentence
from kg.model import Meeting, Mention, Sentence

_SPEAK = frozenset("told tell tells telling addressed address addresses addressing briefed brief briefs briefing".split())
_SITTING = ("Council", "Assembly", "Parliament", "Forum")
_NEGATIONS = frozenset("not n't never".split())


def _speaker(view: SentenceView, verb: int, c_first: int) -> Mention | None:
    """The person who speaks: the subject before the verb in its clause, else (a fronted participle,
    "Addressing the Assembly, Zelenskiy said") the first person after the body."""
    before = [m for m in view.actors if m.entity.kind == "person" and c_first <= m.first < verb]
    if before:
        return before[-1] if not view.possessive(before[-1]) else None
    if view.lower[verb].endswith("ing") and verb <= c_first + 1:
        return next((m for m in view.actors if m.entity.kind == "person" and m.first > verb), None)
    return None


def bodies_addressed(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], places: tuple[Mention, ...], *,
                     doc_id: str, today: date | None, found: list[Meeting]) -> list[Meeting]:
    """Meetings of a person with an assembly they told, addressed or briefed, not already in *found*."""
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    where = by_sentence((*mentions, *places), kinds=("place",))
    out: list[Meeting] = []
    for sentence in sentences:
        if sentence.heading or _SPEAK.isdisjoint(sentence.lower_set):
            continue
        view = SentenceView(sentence, actors.get(sentence.index, []))
        for j, word in enumerate(view.lower):
            if word not in _SPEAK or j + 2 >= len(view.tokens) or view.lower[j + 1] != "the":
                continue
            body = view.actor_at.get(j + 2)
            if body is None or body.entity.kind != "organisation" or body.first != j + 2 \
                    or not any(w in body.entity.label for w in _SITTING):
                continue
            if any(view.lower[k] in _NEGATIONS for k in range(max(0, j - 3), j)):
                continue
            c_first, c_last = clause(view, j)
            speaker = _speaker(view, j, c_first)
            if speaker is None:
                continue
            pair = (speaker.entity, body.entity)
            if any(set(pair) <= set(m.participants) for m in [*found, *out]):
                continue
            kind = "councilSession" if "Council" in body.entity.label else "conference"
            place, _ = meeting_place(view, body.last, min(body.last + 4, c_last), where.get(sentence.index, []))
            out.append(Meeting(pair, kind, evidence(sentence, doc_id, min(j, speaker.first), body.last), place,
                               event_date(sentence, today)))
    return out
