"""One meeting from one trigger's clause: its participants, place, kind and date (README M1-M6).

:func:`build_meeting` is called by :func:`kg.extract.events.extract_meetings` for each trigger
("met", "held talks", "a visit to"); it finds the persons of the clause, else its states or
bodies, the visit's host, the place and the first date, and returns ``None`` where no meeting
of two or more sides is told.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_dates import sentence_dates as _dates, story_day as _story_day
from kg.extract.event_phrases import governor as _governor, pair_words as _pair_words
from kg.extract.evidence import evidence as _evidence
from kg.extract.meeting_after import cue_start
from kg.extract.meeting_call_on import named_before, shared_subject
from kg.extract.meeting_counterparts import attributive, counterpart_states
from kg.extract.meeting_cues import (
    delegation as _delegation,
    evaluator as _evaluator,
    in_title as _in_title,
    members_of,
    not_a_side as _not_a_side,
    owner as _owner,
    said_by as _said_by,
    verb_call as _verb_call,
)
from kg.extract.meeting_discourse import apart as _apart, sides as _sides, their as _their
from kg.extract.meeting_gerund import gerund_subject
from kg.extract.meeting_hosts import visit_host
from kg.extract.meeting_judges import claim_verbs as _claim_verbs, hosted_in_person as _hosted
from kg.extract.meeting_places import country_place, meeting_place, where_place
from kg.extract.meeting_pronoun import bound_pronoun, pronoun_subject, subjectless
from kg.extract.meeting_purpose import purpose
from kg.extract.meeting_reported import speaker_start
from kg.extract.meeting_rolls import listed_states
from kg.extract.meeting_senses import told_the_press
from kg.extract.meeting_sides import armed, bodies as _bodies, held as _held, met_bodies as _met_bodies, \
    other_side as _other_side, reporting
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef, Meeting, Mention

_SPAN_WORDS = ("since", "until", "till")


def _span_date(text: str, offset: int) -> bool:
    """The date at *offset* bounds a span ("since March", "until June"), whether or not its match takes the word."""
    return text[:offset].rstrip().lower().endswith(_SPAN_WORDS) or text[offset:].lower().startswith(
        tuple(w + " " for w in _SPAN_WORDS))
_TOPICAL = frozenset("to for against about over on".split())  # "aid to Sudan", "talks on Ukraine": no side
_BREAKS = frozenset(", ; that who which and".split()) | SAID_SAYS


def _near(view: SentenceView, team: Mention, at: int) -> bool:
    """The visit trigger ending at *at* is the team's own: five words on, or nine in one stretch with no comma,
    clause word, speech verb or other actor between ("The Chinese premier is on an official visit to Pakistan",
    not "An Iranian delegation led by Foreign Minister Abbas Araghchi arrived")."""
    gap = at - team.last
    return gap <= 5 or gap <= 9 and _BREAKS.isdisjoint(view.lower[team.last:at]) and not any(
        k in view.actor_at for k in range(team.last, at))


_PREMISES = frozenset("headquarters head offices building buildings compound premises".split())


def _premises(view: SentenceView, m: Mention) -> bool:
    """The body at *m* names a building, where people meet ("at the World Bank headquarters", "outside the UN
    building"), not a side."""
    return m.last < len(view.tokens) and view.lower[m.last] in _PREMISES


_FRAMES = frozenset("in during after following".split())


def _fronted_frame(view: SentenceView, c_first: int, j: int) -> bool:
    """"In a call with his Saudi counterpart, Araghchi discussed ...": the counterpart at *j* closes a phrase that
    opens the clause, so the name after the comma is the subject, not the counterpart's."""
    if view.lower[c_first] not in _FRAMES or "," in view.lower[c_first:j]:
        return False
    named = next((m for m in view.actors if m.first > j and m.entity.kind == "person"), None)
    return named is not None and named.last < len(view.tokens) and view.lower[named.last] != ","  # not ", Faisal,"


def _that_time(view: SentenceView) -> bool:
    """"held talks with Talon, and a tanker left later that month": the sentence tells a time named before, so
    its undated meeting is no news of the report's day."""
    return any(a == "that" and b in ("week", "month", "year") for a, b in zip(view.lower, view.lower[1:]))


def build_meeting(view: SentenceView, clause: tuple[int, int], kind: str, rules: dict, doc_id: str, today: date | None,
                  found: list[Meeting], previous_person: EntityRef | None = None, at: int = 0,
                  places: list[Mention] | None = None, day_before: str | None = None,
                  pair: tuple[EntityRef, ...] = (), sides: tuple[EntityRef, ...] = (),
                  subject: EntityRef | None = None) -> Meeting | None:
    """The meeting of one trigger's clause; *pair* and *sides* are the two persons and states the text named
    most so far."""
    sentence = view.sentence
    c_first, c_last = clause
    reported = speaker_start(view, c_first, at) != c_first  # "Trade between the two countries fell, Lula said after
    c_first = speaker_start(view, c_first, at)  # meeting business leaders": the speaker's meeting, not the statement's
    places = places or []
    place, place_at = meeting_place(view, c_first, c_last, places)
    virtual = rules["virtual"]
    if not view.sentence.lower_set.isdisjoint(virtual) and any(
            view.lower[j] in virtual and not _verb_call(view, j) and not told_the_press(view, j - 1, j + 1)
            for j in range(cue_start(view, c_first, at), c_last)):  # not "The call came days after X met Y"
        place, kind = EntityRef("place", "virtual", "virtual"), "call"
    people = unique(m.entity for m in view.state_in(c_first, c_last)
                         if m.entity.kind == "person" and (not view.possessive(m) or _owner(view, m))
                         and not _not_a_side(view, m) and not _evaluator(view, m, at, _claim_verbs()))
    shared = shared_subject(view, c_first, previous_person) or (None if reported else gerund_subject(view, c_first, at)) \
        if not subject else None  # "He was greeted by Wong and later called on Mostyn"; ", weeks after holding talks"
    previous_person = named_before(view, c_first, previous_person)  # "he": a person named earlier in the sentence
    previous_person = subject or previous_person  # "Jaishankar, who accompanied Modi, held talks with his counterpart"
    # "There she met her counterpart, X" / "he received the ambassador": the pronoun is the last person named
    # ("his third trip" only where the clause names no one: "X met his counterpart" is X's own)
    pronouns = ("he", "she", "him", "her") + (() if people else ("his",))
    pronoun = not view.sentence.lower_set.isdisjoint(pronouns) and any(
        view.lower[j] in pronouns and not _said_by(view, j) for j in range(c_first, c_last))
    coordinated = pronoun_subject(view, c_first, c_last, at)  # "he and X met Y", "He met Sisi and Abdelatty"
    if previous_person is not None and pronoun and previous_person not in people and (len(people) <= 1 or coordinated) \
            and not bound_pronoun(view, c_first, c_last):  # "Erdogan said he would travel to Kazan": Erdogan
        people = (previous_person, *people)
    if shared is not None and shared not in people and len(people) <= 1:
        people = (shared, *people)
    if len(people) == 1 and people[0].kind == "person" and previous_person not in (None, people[0]) \
            and subjectless(view, c_first, at):  # "... will travel to Jakarta. A meeting with Sugiono is planned"
        people = (previous_person, *people)
    if subject is not None and subject not in people:
        people = (subject, *people)  # the person a ", who ..." aside is about: the subject of both clauses
    counterparts = []
    for j in range(c_first + 1, c_last):
        # "met his Russian counterpart" with no name given: the counterpart's state takes part
        if view.lower[j] in ("counterpart", "counterparts") and attributive(view, j) \
                     and not (j + 1 < c_last and view.lower[j + 1] == "," and not _fronted_frame(view, c_first, j)) \
                     and not (j + 1 in view.actor_at and view.actor_at[j + 1].entity.kind == "person"):
            counterparts.extend(counterpart_states(view, j))  # "his Estonian and Latvian counterparts": both
            people = unique([*people, *counterpart_states(view, j)])
    people = _other_side(view, people, counterparts, clause, at)
    if len(people) == 1:
        orgs = [m.entity for m in view.state_in(c_first, c_last) if m.entity.kind == "organisation"
                     and not armed(m.entity)  # an armed group is mostly what talks are about, not a side
                     and not (m.first > 0 and view.lower[m.first - 1] in ("in", "at", "to", "from")
                              and not members_of(view, m))  # "aid to the EU", not "spoke to EU leaders"
                     and not (kind != "visit" and _premises(view, m))  # "met executives at the World Bank
                     # headquarters": a place; "visited the AU headquarters" is a visit to the body
                     and not _in_title(view, m) and not reporting(view, m)]  # not ", an EU spokesperson said"
        people = unique([*people, *orgs])
    if kind == "visit" and len(people) == 1 and people[0].kind == "person" \
            and _pair_words(view, c_first, at, rules["pair_words"]):
        # "The two leaders met ... at the start of a visit by Chapo": the pair of which the visitor is one
        two = next((m.participants for m in reversed(found)
                    if len(m.participants) == 2 and all(p.kind == "person" for p in m.participants)), pair)
        people = tuple(two) if people[0] in two else people
    if not people and _pair_words(view, c_first, c_last, rules["pair_words"]):
        # "the two leaders met": the last two persons found meeting
        people = next((m.participants for m in reversed(found)
                            if len(m.participants) == 2 and all(p.kind == "person" for p in m.participants)), pair)
        if not people:
            return None
    if not people and not view.actors_in(c_first, c_last):
        people = _their(view, c_first, c_last, found)  # "It was their second summit": the pair that met before
    if not people and _pair_words(view, c_first, c_last, rules["side_words"]):
        people = _sides(view.sentence, found, sides)  # "The two sides held talks": the two states named before
    if not people:
        people = unique(m.entity for m in view.actors_in(c_first, c_last)
                             if m.entity.kind == "state" and m.first not in place_at
                             and (m.how != "demonym" or _delegation(view, m)) and _governor(view, m) not in _TOPICAL
                             and not purpose(view, at, m.first)) \
            if _held(view, c_first, c_last) else ()  # "aid to Sudan as ministers met": Sudan is what they discussed
        if len(people) == 1 and people[0].kind == "state":
            people = unique([*people, *_met_bodies(view, c_first, c_last)])  # "Egypt opened talks with the IMF"
    if not people and kind in ("summit", "conference"):
        people = listed_states(view, c_first, c_last)  # "At a summit in Tirana, the leaders of A, B and C agreed"
    if not people:
        people = _bodies(view, kind, c_first, c_last)  # "Leaders of the African Union gathered for a summit"
    if place is None and kind != "visit" and c_first > 0 and view.lower[c_first] == "where":
        place, _ = where_place(view, c_first, places)  # "a visit to Hanoi, where she held talks with ...": the same place
    team = next((m for m in reversed(view.state_in(c_first, at))
                 if (m.how == "demonym" or m.entity.kind == "organisation"
                     or m.entity.kind == "state" and view.possessive(m))  # "an IMF team", "Qatar's emir"
                 and _delegation(view, m) and _near(view, m, at)), None) if kind == "visit" and not (
        view.lemmas[at - 1] == "host" and at < len(view.tokens) and view.lower[at] != "by") else None
    # "The Egyptian president hosted Kiir": an unnamed official who hosts is the host, no visiting team
    if team is not None:
        people = (team.entity,)  # "a Chinese team would soon visit Dhaka": the visitor is its state
    if kind == "visit":  # "Hasina paid a state visit to India": the visitor meets the host state (M1, M2)
        if (hosted := visit_host(view, c_first, c_last, at, people, place)) is None:
            return None  # "travelled to Oslo, where he met Store": the talks that follow are the meeting
        people, place = hosted
    if not people or (len(people) == 1 and (people[0].kind != "organisation"
                                                 or kind not in ("summit", "conference", "councilSession"))):
        return None  # M1: two or more parties; alone, only a body whose members meet ("ECOWAS leaders will meet")
    if kind == "visit" and place is None and not any(p.kind == "state" for p in people) and not _hosted(view, c_first, c_last):
        return None
    if place is None and kind in ("summit", "conference", "talks"):
        place = country_place(view, c_first, c_last, people)  # "the G7 summit in Italy": no city given
    # the first date of the meeting's clause, else of the sentence
    dates = [(o, v) for o, v in _dates(sentence, today, day_before)  # "the pipeline, shut since March": no meeting day
             if not _span_date(sentence.text, o)]
    start, end = view.tokens[c_first].start - sentence.start, view.tokens[c_last - 1].end - sentence.start
    when = next((v for o, v in dates if start <= o < end), dates[0][1] if dates else None if _that_time(view)
                else _story_day(view, c_first, c_last, today))
    if any(set(people) == set(m.participants) and m.kind == kind and not _apart(m, place, when if dates else None)
           for m in found):
        return None  # the same event mentioned again (not the same sides meeting again elsewhere or another day)
    return Meeting(people, kind, _evidence(sentence, doc_id, c_first, c_last), place, when)
