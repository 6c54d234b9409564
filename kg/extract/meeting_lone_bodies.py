"""A body's event recorded alone (M2: a body whose members meet, none of them named) that the text gives named
participants elsewhere is that event again, not a second meeting (M4):

* "Albanese ... where he and Napat are due to attend the Pacific Islands Forum leaders' summit", "He had earlier
  attended a summit of the SCO in Tianjin, hosted by Xi": the persons of the sentence who attend it meet the
  body there, one meeting of them all (but talks "on the sidelines of the G20 summit" are a meeting of their
  own, beside the body's);
* "regional leaders were gathered for the CELAC meeting" after "Petro, on the sidelines of the summit of CELAC":
  a meeting that has the body among its participants is told already;
* "EU officials want the conference to mark a fresh start" in a report on a conference of many named
  participants: the report's event, named again.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Fact, Meeting, Sentence

_ATTEND = frozenset("attend attends attended attending join joins joined joining".split())
_BESIDE = frozenset("sidelines sideline margins margin fringes fringe".split())
_MULTILATERAL = frozenset(("summit", "conference", "councilSession"))


def _lone_body(meeting: Meeting) -> bool:
    return len(meeting.participants) == 1 and meeting.participants[0].kind == "organisation"


def _same_time(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a[:7] == b[:7]


def _attended(sentence: Sentence | None) -> bool:
    """The sentence tells persons attending an event, not talks beside it."""
    return sentence is not None and bool(_ATTEND & sentence.lower_set) and not _BESIDE & sentence.lower_set


def fold_lone_bodies(facts: tuple[Fact, ...], sentences: tuple[Sentence, ...]) -> tuple[Fact, ...]:
    """*facts* with each meeting of a body alone folded into the meeting of its attendees in the same sentence,
    or dropped where another meeting already has the body, or is the multilateral event of that kind the
    report is about (three or more participants, the same month)."""
    meetings = [f for f in facts if isinstance(f, Meeting)]
    by_start = {s.start: s for s in sentences}
    merged: dict[int, Meeting] = {}  # id of a meeting -> the meeting with the body joined
    dropped: set[int] = set()
    for lone in (m for m in meetings if _lone_body(m)):
        body = lone.participants[0]
        others = [m for m in meetings if not _lone_body(m) and len(m.participants) >= 2]
        if any(body in merged.get(id(m), m).participants for m in others):
            dropped.add(id(lone))
            continue
        here = [m for m in others if m.evidence.sentence_start == lone.evidence.sentence_start
                and m.kind in (lone.kind, "summit", "talks") and all(p.kind == "person" for p in m.participants)]
        if here and _attended(by_start.get(lone.evidence.sentence_start)):
            target = merged.get(id(here[0]), here[0])
            merged[id(here[0])] = replace(target, participants=(*target.participants, body), kind=lone.kind)
            dropped.add(id(lone))
            continue
        if lone.kind in _MULTILATERAL and any(m.kind == lone.kind and len(m.participants) >= 3
                                              and _same_time(m.date, lone.date) for m in others):
            dropped.add(id(lone))
    if not dropped:
        return facts
    return tuple(merged.get(id(f), f) for f in facts if id(f) not in dropped)
