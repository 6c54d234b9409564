"""Diplomatic summonses: "Israel's Foreign Ministry summoned the Spanish ambassador", "Beijing called in
Japan's envoy in protest".

M1/M2: an envoy called in meets the summoning government; a side with no named person is its state, so where
neither side names one the two states meet, as talks (M3), at the capital where the text places it ("in
Kyiv"), and a person named as the subject or as the envoy stands for that side ("Hikmet Hajiyev ... called in
India's ambassador, Sridharan Madhusudhanan": the two persons). The summoning state is
the actor before the verb; the envoy's state is the demonym or possessive right before the envoy's title.
Told in the passive ("The envoy, Kristina Kuhnel, was summoned to the foreign ministry in Bamako"), the
named envoy meets the state that summoned: named after "by", or the seat of the ministry ("in Bamako").
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_clauses import clause
from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.meeting_places import meeting_place
from kg.extract.view import SentenceView
from kg.model import EntityRef, Meeting, Mention, Sentence

_SUMMON = frozenset("summon summoned summons summoning convoke convoked".split())
_ENVOYS = frozenset("ambassador ambassadors envoy envoys charge chargé diplomat diplomats commissioner".split())
_NOT_YET = frozenset("not n't never will would could may might threaten threatened".split())
_PASSIVE = frozenset("was were been being".split())
_TOPICS = frozenset("over about on against for after".split())  # "summoned over Uganda's remarks": no host


def _called_in(view: SentenceView, j: int) -> bool:
    return view.lemmas[j] == "call" and j + 1 < len(view.tokens) and view.lower[j + 1] == "in"


def _envoy_state(view: SentenceView, start: int, stop: int) -> tuple[Mention, int] | None:
    """The state of the envoy after the verb ("the Spanish ambassador", "China's charge d'affaires")."""
    for k in range(start, stop):
        if view.lower[k] not in _ENVOYS:
            continue
        m = next((m for m in view.actors if m.entity.kind == "state" and k - 3 <= m.last <= k and m.first >= start), None)
        return (m, k) if m is not None else None
    return None


def _summoner(view: SentenceView, c_first: int, verb: int) -> Mention | None:
    """The nearest state before the verb that governs no preposition ("Israel's Foreign Ministry summoned")."""
    for m in reversed(view.state_in(c_first, verb)):
        if m.entity.kind == "state" and not (m.first > 0 and view.lower[m.first - 1] in (
                "of", "in", "to", "from", "at", "on", "by", "with", "against", "over")):
            return m
    return None


_PREPOSITIONS = frozenset("of in to from at on by with against over for".split())


def _subject_person(view: SentenceView, c_first: int, verb: int) -> EntityRef | None:
    """The person who opens the clause of the verb, after title words only ("Hikmet Hajiyev, who advises ...,
    called in"), if any."""
    m = next((m for m in view.state_in(c_first, verb) if m.entity.kind == "person"), None)
    if m is None or view.possessive(m) or any(view.tokens[k].text[:1].islower() for k in range(c_first, m.first)):
        return None
    return m.entity


def _named_envoy(view: SentenceView, k: int, c_last: int) -> EntityRef | None:
    """The person the envoy title at *k* names ("the ambassador, X", "India's ambassador to the country, X",
    "envoy X"): the first person within six words, with no verb or clause word between."""
    for j in range(k + 1, min(c_last, k + 8)):
        if j in view.actor_at and view.actor_at[j].entity.kind == "person":
            return view.actor_at[j].entity
        if view.lower[j] in (";", "and", "who", "which", "that", "over", "after") or (
                view.tokens[j].text.islower() and view.lower[j].endswith("ed")):
            return None
    return None


def summons(sentence: Sentence, actors: list[Mention], places: list[Mention], *, doc_id: str,
            today: date | None) -> list[Meeting]:
    """The summonses of one sentence, one meeting each."""
    if _SUMMON.isdisjoint(sentence.cue_set) and "call" not in sentence.cue_set:
        return []  # no such word or lemma (most sentences): the set of both is quicker to test than the lemmas
    if _SUMMON.isdisjoint(sentence.lemmas) and "call" not in sentence.lemmas:
        return []
    view = SentenceView(sentence, actors)
    found: list[Meeting] = []
    for j, lemma in enumerate(view.lemmas):
        if not (view.lower[j] in _SUMMON or lemma == "summon" or _called_in(view, j)):
            continue
        if any(view.lower[k] in _NOT_YET and view.tokens[k].text.islower() for k in range(max(0, j - 3), j)):
            continue
        c_first, c_last = clause(view, j)
        if j > 0 and view.lower[j - 1] in _PASSIVE:
            found.extend(_passive(view, j, c_last, places, doc_id, today))
            continue
        envoy = _envoy_state(view, j + 1, min(c_last, j + 8))
        host = _summoner(view, c_first, j)
        if envoy is None or host is None or envoy[0].entity == host.entity:
            continue
        place, _ = meeting_place(view, envoy[1], min(c_last, envoy[1] + 6), places)  # "envoy in Kyiv"
        sides = (_subject_person(view, c_first, j) or host.entity, _named_envoy(view, envoy[1], c_last) or envoy[0].entity)
        found.append(Meeting(sides, "talks", evidence(sentence, doc_id, host.first, envoy[1] + 1),
                             place, event_date(sentence, today)))
    return found


def _passive(view: SentenceView, j: int, c_last: int, places: list[Mention], doc_id: str,
             today: date | None) -> list[Meeting]:
    """"The envoy, X, was summoned to the foreign ministry in Bamako", "Uganda's high commissioner was summoned
    by Kenya": the envoy (the person named before the verb, else the state of the envoy's title) meets the
    summoning state (after "by", else the capital or state the ministry is placed in)."""
    before = [m for m in view.state_in(0, j) if m.entity.kind == "person" and not view.possessive(m)]
    sender = _envoy_state(view, 0, j)
    visitor = before[-1] if before else (sender[0] if sender else None)
    if visitor is None or not any(view.lower[k] in _ENVOYS for k in range(max(0, visitor.first - 6), j)):
        return []  # only an envoy is summoned: "the minister was summoned to parliament" is no diplomatic meeting
    host = next((m for m in view.state_in(j + 1, c_last) if m.entity.kind == "state" and m.first > 0
                 and view.lower[m.first - 1] not in _TOPICS and not any(view.lower[k] in _TOPICS for k in range(j + 1, m.first))),
                None)
    if host is None or host.entity == visitor.entity or (sender is not None and host.entity == sender[0].entity):
        return []
    place, _ = meeting_place(view, j + 1, c_last, places)
    return [Meeting((visitor.entity, host.entity), "talks", evidence(view.sentence, doc_id, visitor.first, host.last),
                    place, event_date(view.sentence, today))]
