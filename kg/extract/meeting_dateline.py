"""The place of a meeting that only the report's dateline gives.

"NAIROBI, March 3 — Mudavadi held talks with Fiqi on Monday": talks of the last days that name no place
of their own took place where the report was filed. Only in-person meetings dated at most
:data:`_DAYS` days before the article qualify (an older meeting, a call or a planned one does not),
only a dateline of one city the place gazetteer knows ("MOSCOW/SEOUL" and "UNITED NATIONS" give none),
a visit only when the city is a capital of the state visited, and no summit of bodies alone ("the G7 summit").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract.meeting_tours import city_state, dateline_fits, tour_sentences
from kg.model import EntityRef, Meeting, Mention, Sentence

_CITY = re.compile(r"^([A-Z][A-Z .'-]*[A-Z]),(?:[^,—–\n]{1,30},)?\s*[A-Z][a-z]{2,8}\.? \d{1,2}\b", re.M)
_DAYS = 2
_IN_PERSON = frozenset(("talks", "summit", "visit"))
_OPENING = 5  # the dateline is in one of the first sentences


def dateline_city(sentences: tuple[Sentence, ...]) -> EntityRef | None:
    """The city of the report's dateline, spelled as the place gazetteer spells it."""
    from kg.extract.places import load_places

    for sentence in sentences[:_OPENING]:
        match = _CITY.search(sentence.text)
        if match is None:
            continue
        name = " ".join(w.capitalize() for w in match.group(1).split())
        if name not in load_places().city_names:
            return None
        return EntityRef("place", name.lower().replace(" ", "-"), name)
    return None


def _recent(meeting: Meeting, today: date | None) -> bool:
    if today is None or meeting.date is None or len(meeting.date) != 10:
        return False
    return 0 <= (today - date.fromisoformat(meeting.date)).days <= _DAYS


def _capital_of_host(meeting: Meeting, city: EntityRef) -> bool:
    from kg.extract.gazetteer import load_gazetteer

    for party in meeting.participants[1:]:
        if party.kind != "state":
            continue
        try:
            if city.label in load_gazetteer().state(party.key).capitals:
                return True
        except KeyError:
            continue
    return False


def dateline_places(sentences: tuple[Sentence, ...], found: list[Meeting], today: date | None,
                    mentions: tuple[Mention, ...] = ()) -> list[Meeting]:
    """*found* with the dateline's city as the place of the recent in-person meetings that name none; in a
    report of a tour, only of those whose sentence or sides name the city's state."""
    city = dateline_city(sentences)
    if city is None:
        return found
    tour = tour_sentences(sentences) is not None
    state = city_state(city) if tour else None
    return [replace(m, place=city) if m.place is None and m.kind in _IN_PERSON and _recent(m, today)
            and any(p.kind != "organisation" for p in m.participants)  # a body's summit is held where it meets
            and (m.kind != "visit" or _capital_of_host(m, city))
            and (not tour or dateline_fits(m, state, mentions, sentences))
            else m for m in found]
