"""The roster of a multilateral event a report is about: who spoke at the conference, summit or council session
of its lead.

"International donors meeting in Paris on Monday promised ...", then "Addressing the gathering, Macron said
...", "Baerbock warned ...": reports of a conference, a summit of a body or a council session name the event
once, in the lead, and then quote the ministers and envoys who took part in it. M2 makes each named person a
participant (and the body whose session or summit it is), so the event is one meeting with them all.

Only an event of the lead (its first two sentences) counts, only one of many parties (a conference, forum
or council session; a summit or meeting of leaders, ministers, donors or backers), and only when the
meetings stage found no meeting of two or more parties there. The participants are the persons the claims
stage made speak (not at a news conference or in an interview: another event) and the persons of talks held
on the event's sidelines; fewer than two such persons leave the event to the meetings stage.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_clauses import clause
from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.meeting_dateline import dateline_city
from kg.extract.view import SentenceView, by_sentence, unique
from kg.model import Claim, EntityRef, Fact, Meeting, Mention, Sentence

_LEAD = 2
_GROUPS = frozenset("donors backers allies partners ministers leaders members delegations governments "
                    "countries states nations".split())
_NOUNS = {"conference": "conference", "forum": "conference", "summit": "summit", "session": "councilSession",
          "meeting": "conference", "gathering": "conference"}
_GATHER = frozenset("meeting gathered met convened".split())
_ELSEWHERE = ("news conference", "press conference", "briefing", "interview")
_SIDELINES = ("sidelines", "margins", "fringes")
_PAIR = frozenset(("two", "both"))  # "the two leaders met for a summit": a meeting of two
_SIDES = frozenset("sides men women presidents".split())


def _anchor(view: SentenceView, states: int) -> tuple[int, str] | None:
    """The token and kind of a multilateral event named in a lead sentence, if any; a ceremony is one where the
    lead names three states or more ("in the presence of ministers from Azerbaijan, Türkiye, Syria and Qatar")."""
    lower = view.lower
    named = {i for m in view.actors for i in range(m.first, m.last)}  # "Pacific Islands Forum" is a name
    for j, word in enumerate(lower):
        before = lower[j - 1] if j > 0 else ""
        if j in named:
            continue
        if word == "ceremony" and states >= 3:
            return j, "conference"
        if word in ("session", "sessions"):
            if "council" in lower[j:j + 7]:
                return j, "councilSession"
        elif word in ("conference", "forum", "summit") and before not in ("press", "news"):
            if word != "summit" or _GROUPS & set(lower[max(0, j - 6):j]) or any(
                    m.entity.kind == "organisation" for m in view.state_in(max(0, j - 6), j)) or before == "annual":
                return j, _NOUNS[word]
        elif word in ("meeting", "gathering") and (before in _GROUPS or (
                j + 1 < len(lower) and lower[j + 1] == "of" and _GROUPS & _common(view, j + 2, j + 7))):
            return j, "summit" if "leaders" in (before, *lower[j + 2:j + 7]) else "conference"
        elif word in _GATHER and before in _GROUPS:  # "donors meeting in Paris", "EU foreign ministers gathered"
            return j, "summit" if before == "leaders" else "conference"
    return None


def _common(view: SentenceView, start: int, end: int) -> set[str]:
    """The lower-case words from *start* to *end*: "a meeting of foreign ministers" is of many parties, "a
    meeting of the Council of Ministers" is one government's cabinet (a name)."""
    return {view.lower[k] for k in range(start, min(end, len(view.tokens))) if view.tokens[k].text.islower()}


def _body(view: SentenceView, at: int, kind: str) -> EntityRef | None:
    """The organisation whose session or summit it is: "a session of the Security Council", "Pacific Islands
    Forum leaders closed their annual summit", "EU foreign ministers gathered"."""
    c_first, c_last = clause(view, at)
    orgs = [m for m in view.state_in(c_first, c_last) if m.entity.kind == "organisation"]
    if kind == "councilSession":
        return next((m.entity for m in orgs if "council" in m.entity.label.lower()), None)
    subject = [m for m in orgs if m.first < at and not (m.first > 0 and view.lower[m.first - 1] in
                                                          ("at", "in", "to", "from", "of", "by", "on", "with"))]
    return subject[0].entity if subject else None


def _speakers(facts: tuple[Fact, ...]) -> list[EntityRef]:
    claims = [f for f in facts if isinstance(f, Claim) and f.claimant.kind == "person"]
    away = {f.claimant for f in claims if any(w in f.evidence.sentence_text.lower() for w in _ELSEWHERE)}
    return [f.claimant for f in claims if f.claimant not in away]


_PRESENT = frozenset("spoke addressed attended repeated appealed".split())


def _present(sentences: tuple[Sentence, ...], persons: dict[int, list[Mention]]) -> list[EntityRef]:
    """Persons said to speak at or attend the event without a statement of their own: "Nasirov, vice president
    of SOCAR, spoke in Kilis", "Thomas-Greenfield repeated an appeal", "al-Bashir, who attended the ceremony"."""
    found = []
    for sentence in sentences:
        lower = sentence.lowers
        for m in persons.get(sentence.index, []):
            k = m.last
            if k + 1 < len(lower) and lower[k] == "," and lower[k + 1] == "who":
                k += 2  # "al-Bashir, who attended the ceremony"
            elif k + 1 < len(lower) and lower[k] == "," and lower[k + 1] in _PRESENT:
                k += 1  # "Syria's foreign minister, Asaad al-Shibani, attended": the name closes an appositive
            elif k < len(lower) and lower[k] == ",":  # an appositive: "Nasirov, vice president of SOCAR, spoke"
                k = next((j + 1 for j in range(k + 1, min(k + 12, len(lower))) if lower[j] == ","), k)
            if k < len(lower) and lower[k] in _PRESENT:
                found.append(m.entity)
    return found


_OBSERVERS = frozenset("analyst analysts professor researcher fellow expert economist scholar commentator "
                       "strategist lecturer".split())


def _observers(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> set[EntityRef]:
    """Persons the report introduces as analysts or scholars ("said Ana Lima, an analyst at ..."): they comment on
    the event from outside."""
    tokens = {s.index: s.lowers for s in sentences}
    return {m.entity for m in mentions if m.entity.kind == "person" and m.sentence in tokens
            and _OBSERVERS & set(tokens[m.sentence][max(0, m.first - 4):m.last + 6])}


def _sideline_persons(facts: tuple[Fact, ...]) -> list[EntityRef]:
    return [p for f in facts if isinstance(f, Meeting) and any(w in f.evidence.sentence_text for w in _SIDELINES)
            for p in f.participants if p.kind == "person"]


def event_roster(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], facts: tuple[Fact, ...], *,
                 doc_id: str, today: date | None) -> tuple[Fact, ...]:
    """*facts* with the lead's multilateral event as one meeting of the persons who spoke at it."""
    lead = [s for s in sentences if not s.heading][:_LEAD]
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    meetings = [f for f in facts if isinstance(f, Meeting)]
    states = len({m.entity for s in lead for m in actors.get(s.index, []) if m.entity.kind == "state"})
    for sentence in lead:
        view = SentenceView(sentence, actors.get(sentence.index, []))
        found = _anchor(view, states)
        if found is None:
            continue
        at, kind = found
        here = [m for m in meetings if m.evidence.sentence_start == sentence.start]
        so_far = [m for m in meetings if m.evidence.sentence_start <= sentence.start]
        if any(len(m.participants) >= 2 for m in so_far) or any(
                a in _PAIR and b in _GROUPS | _SIDES for a, b in zip(view.lower, view.lower[1:])):
            return facts  # the lead's meeting is read already ("Putin and Xi held a summit"), or is of two

        outside = _observers(sentences, mentions) | {  # "X spoke by phone with Blinken": at another event
            p for m in meetings if m.kind == "call" for p in m.participants}
        persons = unique(p for p in [*_speakers(facts), *_sideline_persons(facts),
                                     *_present(sentences, by_sentence(mentions, kinds=("person",)))]
                         if p not in outside)
        if len(persons) < 2:
            return facts
        body = _body(view, at, kind)
        c_first, c_last = clause(view, at)
        roster = Meeting(unique([*persons, *([body] if body else [])]), kind,
                         evidence(sentence, doc_id, c_first, c_last), dateline_city(sentences),
                         event_date(sentence, today) or (today.isoformat() if today else None))
        drop = {id(m) for m in here if set(m.participants) <= set(roster.participants)}
        return (*(f for f in facts if id(f) not in drop), roster)
    return facts
