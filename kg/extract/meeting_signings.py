"""Meetings told by a signing: "Aliyev signed a declaration with Putin in Moscow", "The two countries struck a
90-day deal in Geneva on May 12".

M1: an accord two named persons signed, struck or agreed in a named city was made by them meeting there in
person. The participants are the persons of the accord's clause; the kind is ``talks`` (heads of state or
government make it a summit); the place the city of the clause. An accord with no city of its own or fewer
than two persons (states signing through unnamed officials), or a meeting already found with those
participants, gives nothing.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.meeting_places import meeting_place
from kg.extract.view import SentenceView, by_sentence, unique
from kg.model import Agreement, Meeting, Mention, Sentence

_MADE = frozenset(("signed", "agreed"))


def _span(sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    """Token indices [first, last) of the characters [start, end) of *sentence*."""
    first = next((i for i, t in enumerate(sentence.tokens) if t.end > start), 0)
    last = next((i for i, t in enumerate(sentence.tokens) if t.start >= end), len(sentence.tokens))
    return first, last


def signing_meetings(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], places: tuple[Mention, ...],
                     agreements: list[Agreement], found: list[Meeting]) -> list[Meeting]:
    """The meetings at which *agreements* were signed in a named city, or signed by two persons together, not
    already in *found*."""
    by_start = {s.start: s for s in sentences}
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    where = by_sentence((*mentions, *places), kinds=("place",))
    out: list[Meeting] = []
    for agreement in agreements:
        sentence = by_start.get(agreement.evidence.sentence_start)
        if agreement.status not in _MADE or sentence is None:
            continue
        view = SentenceView(sentence, actors.get(sentence.index, []))
        first, last = _span(sentence, agreement.evidence.start, agreement.evidence.end)
        place, _ = meeting_place(view, first, last, where.get(sentence.index, []))
        if place is not None and place.label in ("virtual",):
            continue
        people = unique(m.entity for m in view.state_in(first, last) if m.entity.kind == "person")
        if len(people) < 2 or any(set(people) <= set(m.participants) for m in [*found, *out]):
            continue
        if place is None and not (agreement.status == "signed" and co_signers(view, first, last)):
            continue  # no city: only two persons who signed it together ("that X and Y signed on Friday")
        out.append(Meeting(people, "talks", replace(agreement.evidence), place, agreement.date))
    return out


_SIGNED = frozenset("signed inked".split())


def co_signers(view: SentenceView, first: int, last: int) -> bool:
    """Exactly two persons, joined by "and" (an appositive may follow the second: "his Somali counterpart,
    Hassan Sheikh Mohamud"), are the subject of "signed" in [first, last): they signed the accord together
    ("a security agreement that Kristersson and Zelensky signed on Friday")."""
    persons = [m for m in view.state_in(first, last) if m.entity.kind == "person"]
    if len(persons) != 2:
        return False
    a, b = persons
    between = view.lower[a.last:b.first]
    verb = next((j for j in range(b.last, min(b.last + 3, last)) if view.lower[j] in _SIGNED), None)
    return "and" in between and (len(between) <= 8 and verb is not None or signed_by(view, first, a.first, between))


def signed_by(view: SentenceView, first: int, start: int, between: list[str]) -> bool:
    """The two persons are the agent of a passive "signed" ("The accord was signed on Monday by Kenyan Finance
    Minister John Mbadi and Chinese Commerce Minister Wang Wentao"): "by" at most eight tokens (a title) before
    the first, a signing verb at most five before "by", and at most ten tokens between the two persons ("and on
    behalf of Sri Lanka by")."""
    by = next((j for j in range(start - 1, max(first, start - 9) - 1, -1) if view.lower[j] == "by"), None)
    if by is None or len(between) > 10:
        return False
    return any(view.lower[j] in _SIGNED for j in range(max(first, by - 5), by))
