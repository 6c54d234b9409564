"""Meetings told across sentences.

* Talks after a trip: "Meinl-Reisinger made a trip to Lviv on Friday. There she met Sybiha": the talks of
  the second sentence are the visit of the first (README M3 `visit`), so they take the trip's place and
  day. A record of the traveller with the host state that the trip sentence gives stays, as dev gold keeps
  it beside the talks. The talks are joined only where their sentence points back to the trip, by its
  first word ("There", "During the visit", "While there") or a pronoun or the traveller's name among its
  first words ("On Tuesday he held talks"), and gives no other place ("On Wednesday he met Hassan in Dar
  es Salaam" is another meeting).
* "The two sides" / "both countries" that meet are the two states the text named most so far
  (:func:`sides`); "their" talks with a day of their own are another meeting of the last pair (:func:`their`).
* The same sides told again with another place or day are a meeting of their own (:func:`apart`, M4).
* "The talks were held in Subotica" places the meeting of the sentence before (:func:`placed_after`), and so
  does "He also met X" that goes on from it with the same person (:func:`placed_also`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from operator import itemgetter

from kg.extract.dates import find_dates
from kg.extract.event_dates import event_date
from kg.extract.meeting_members import members
from kg.extract.meeting_places import meeting_place
from kg.extract.view import SentenceView
from kg.model import EntityRef, Meeting, Mention, Sentence

_TRIP = frozenset("visit trip travel fly arrive tour journey".split())
_BACK = frozenset("there during while he she".split())
# "The talks were held in Subotica": a sentence that places the meeting told just before
_HELD_IN = re.compile(r"^(?:the|their|these) (?:talks|meeting|meetings|summit|discussions|negotiations)\b"
                      r"(?:[^.;]*?\b(?:took place|were held|was held)\b|, held\b)", re.I)  # "The talks, held in Doha,"
_OPENING = 5  # the words that open a sentence ("On Tuesday he")
_DAY_WORDS = frozenset("""january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    yesterday""".split())  # a day or month of its own ("talks in Vladivostok in April 2019")
_JOINED = frozenset(("talks", "summit"))  # in-person meetings a trip can frame (a call is not)


def _trip(sentence: Sentence, actors: list[Mention], places: list[Mention]
          ) -> tuple[frozenset[EntityRef], EntityRef | None] | None:
    """The persons named in a sentence that tells a trip, and the trip's place ("a trip to Lviv"; none for
    "a visit to Japan")."""
    if _TRIP.isdisjoint(sentence.lemmas):
        return None  # no trip told: no view to build
    view = SentenceView(sentence, actors)
    at = next((i for i, lemma in enumerate(view.lemmas) if lemma in _TRIP), None)
    if at is None:
        return None
    place, _ = meeting_place(view, at, len(view.tokens), places)
    host = any(m.entity.kind == "state" and m.first > at and view.lower[m.first - 1] in ("to", "in")
               for m in view.actors)  # "a visit to Japan": no city, but a trip all the same
    if place is None and not host:
        return None
    return frozenset(m.entity for m in actors if m.entity.kind == "person"), place


def _points_back(sentence: Sentence, actors: list[Mention], traveller: frozenset[EntityRef]) -> bool:
    """Does the sentence open by referring to the trip or its traveller?"""
    if not sentence.tokens:
        return False
    if sentence.lowers[0] in _BACK or any(w in ("he", "she") for w in sentence.lowers[:_OPENING]):
        return True  # "There she met", "On Tuesday he held talks"
    return any(m.first < _OPENING and m.entity in traveller for m in actors)


def join_trips(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], places: dict[int, list[Mention]],
               found: list[Meeting], today: date | None) -> list[Meeting]:
    """*found* with the talks that follow a trip sentence made the trip's meeting (see the module doc)."""
    order = [s for s in sentences if not s.heading]
    before = {s.index: p for p, s in zip(order, order[1:])}
    actors: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.entity.kind in ("person", "state", "organisation"):
            actors.setdefault(m.sentence, []).append(m)
    at = {s.index: s for s in order}
    out = list(found)
    for n, meeting in enumerate(found):
        index = meeting.evidence.context_sentences[0] if meeting.evidence.context_sentences else None
        if meeting.kind not in _JOINED or index not in before or meeting.place is not None:
            continue
        prev = before[index]
        trip = _trip(prev, actors.get(prev.index, []), places.get(prev.index, []))
        if trip is None:
            continue
        travellers, place = trip
        traveller = travellers & set(meeting.participants)
        if not traveller or not _points_back(at[index], actors.get(index, []), traveller):
            continue
        own_day = find_dates(at[index].text, today)
        out[n] = replace(meeting, kind="visit" if meeting.kind == "talks" else meeting.kind, place=place,
                         date=meeting.date if own_day else (event_date(prev, today) or meeting.date))
    return out


def most_named(named: Counter[EntityRef]) -> tuple[EntityRef, ...]:
    """The two entities the text has named most, if two stand out ahead of any third."""
    # most_common(3) as heapq.nlargest documents it, sorted in C: nlargest loops in Python over every entity
    top = sorted(named.items(), key=itemgetter(1), reverse=True)[:3]
    if len(top) < 2 or (len(top) == 3 and top[2][1] >= top[1][1]):
        return ()
    return (top[0][0], top[1][0])


def sides(sentence: Sentence, found: list[Meeting], states: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """Who "the two sides" or "both countries" that meet are: *states*, the two states the text named most so
    far; none where a meeting was found in this sentence or the one before, as the words refer back to it
    ("Xi met Lula in Beijing. The two sides held talks on trade": one meeting, README M4)."""
    near = (sentence.index - 1, sentence.index)
    ahead = any(t.lower in ("will", "'ll") for t in sentence.tokens)  # "Energy ministers from both countries will meet
    if not ahead and any(m.evidence.context_sentences[:1] and m.evidence.context_sentences[0] in near for m in found):
        return ()  # in Istanbul later this month": a meeting still to come is another one (M4)
    return states


def tally_sides(named: Counter[EntityRef], actors: list[Mention], bodies: list[EntityRef]) -> list[EntityRef]:
    """Count in *named* the states of a sentence (not a capital standing for its state) and the bodies named by
    name in the sentences before it (*bodies*); return this sentence's bodies. A body counts as a side from the
    next sentence on ("The EU signed a pact with Egypt ... The two sides will meet"), not as a mediator in the
    sentence of the meeting itself ("The delegations met in Nairobi under African Union mediation")."""
    if not actors:  # most sentences: nothing of their own to count (Counter.update is costly even when empty)
        if bodies:
            named.update(bodies)
        return []
    named.update(m.entity for m in actors if m.entity.kind == "state" and m.how != "capital")
    named.update(bodies)
    return [m.entity for m in actors if m.entity.kind == "organisation" and m.how == "name"]


def apart(meeting: Meeting, place: EntityRef | None, day: str | None) -> bool:
    """Is a meeting of the same sides told with another place or another day than *meeting* a meeting of its
    own ("met Hasan in Jakarta on March 4. Sugiono met Hasan again in Kuala Lumpur on April 20", README M4)?
    *day* is a date the text gives, never one assumed; "in March" and "on March 4" do not differ."""
    if place is not None and meeting.place is not None and "virtual" not in (place.key, meeting.place.key) \
            and place.key != meeting.place.key:
        return True
    return day is not None and meeting.date is not None and not (
        day.startswith(meeting.date) or meeting.date.startswith(day))


def their(view: SentenceView, first: int, last: int, found: list[Meeting]) -> tuple[EntityRef, ...]:
    """The sides of a meeting told as "their" in a clause that names no one and gives a day ("It was their second
    summit, following talks in Vladivostok in April 2019"): the last two sides found meeting. Without a day of
    its own "their talks" is the meeting told before ("the news conference that followed their talks")."""
    if "their" not in view.lower[first:last]:
        return ()
    if not any(w in _DAY_WORDS or (w.isdigit() and len(w) == 4) for w in view.lower[first:last]):
        return ()
    return next((m.participants for m in reversed(found) if len(m.participants) == 2), ())



def across(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], places: dict[int, list[Mention]],
           found: list[Meeting], today: date | None) -> list[Meeting]:
    """*found* read across sentences: talks after a trip joined to it, then members named later added."""
    found = placed_after(sentences, mentions, places, join_trips(sentences, mentions, places, found, today))
    return members(sentences, mentions, placed_also(sentences, found))


_GO_ON = frozenset("also later then afterwards".split())
_ALSO_BACK = 2  # sentences back in which the meeting "He also ..." goes on from may be told


def placed_also(sentences: tuple[Sentence, ...], found: list[Meeting]) -> list[Meeting]:
    """*found* with the place of the last meeting of the same person told in the two sentences before given to an
    in-person meeting with none whose sentence goes on with that person ("... held talks with Son in Hanoi. He also met Prime Minister Pham
    Minh Chinh", "She later called on X"): the subject is still where the sentence before put him."""
    starts = [s.start for s in sentences]
    out = list(found)
    for n, meeting in enumerate(out):
        if meeting.place is not None or meeting.kind not in _JOINED or not meeting.participants:
            continue
        words = meeting.evidence.sentence_text.lower().split()[:2]
        if len(words) < 2 or words[0] not in ("he", "she") or words[1] not in _GO_ON:
            continue
        at = starts.index(meeting.evidence.sentence_start) if meeting.evidence.sentence_start in starts else 0
        before = set(starts[max(0, at - _ALSO_BACK):at])  # "... in Hanoi. The two agreed to ..., the ministry said.
        last = next((m for m in reversed(out[:n]) if m.evidence.sentence_start in before  # He also met X"
                     and meeting.participants[0] in m.participants), None)
        place = last.place if last is not None and last.place is not None and last.place.key != "virtual" else None
        if place is not None:
            out[n] = replace(meeting, place=place)
    return out


def placed_after(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], places: dict[int, list[Mention]],
                 found: list[Meeting]) -> list[Meeting]:
    """*found* with the place of a sentence that opens "The talks were held in X" given to the in-person
    meeting of the sentence before when it has none ("... met Szijjarto on Friday. The talks were held in
    Subotica"); a planned round ("will take place in Budapest") is another meeting."""
    out = list(found)
    for prev, sentence in zip(sentences, sentences[1:]):
        if sentence.heading or not _HELD_IN.match(sentence.text):
            continue
        actors = [m for m in mentions if m.sentence == sentence.index and m.entity.kind != "place"]
        view = SentenceView(sentence, actors)
        place, _ = meeting_place(view, 0, len(sentence.tokens), places.get(sentence.index, []))
        n = next((k for k in range(len(out) - 1, -1, -1) if out[k].evidence.context_sentences[:1] == (prev.index,)
                  and out[k].place is None and out[k].kind != "call"), None)
        if place is not None and n is not None:
            out[n] = replace(out[n], place=place)
    return out
