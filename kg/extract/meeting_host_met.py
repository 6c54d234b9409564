"""A visit to a state whose host is named at another meeting of the same trip: "Putin wrapped up a state visit to
Vietnam on Thursday ... Putin and To Lam signed a declaration in Hanoi".

M2: a side with no named person is its state only when no person of that side is named. When the text gives
the visitor another meeting, in the same month or undated, with a person it ties to the visited state (by an
office: "Vietnamese President To Lam"), the visit is that meeting, and the record of the visitor with the bare
state is dropped. A trip with several such meetings ("talks with Premier Li Qiang ... met President Xi") is a
visit with meetings and keeps its own record; so does a visit with no such meeting ("Jaishankar arrived in
Thailand") or one whose other meeting falls in another month ("talks in Ankara last July").
"""

from __future__ import annotations

from kg.extract.places import load_places, name_tokens
from kg.model import EntityRef, Meeting


def _same_time(a: str | None, b: str | None) -> bool:
    """Two meeting dates that may be one trip: either undated, or the same month."""
    return a is None or b is None or a[:7] == b[:7]


def _bare_visit(meeting: Meeting) -> tuple[EntityRef, EntityRef] | None:
    """(visitor, state) of a meeting of one person with one state, else None."""
    if len(meeting.participants) != 2:
        return None
    persons = [p for p in meeting.participants if p.kind == "person"]
    states = [p for p in meeting.participants if p.kind == "state"]
    return (persons[0], states[0]) if len(persons) == 1 and len(states) == 1 else None


def _host_side(visit: Meeting, other: Meeting, visitor: EntityRef, state: EntityRef,
               person_states: dict[EntityRef, EntityRef]) -> bool:
    """*other* names a person of *state* besides *visitor*: one whose office the text ties to the state, held
    in no other state's city, or any other person when *other* was held in the visit's city or a city of the state
    ("a visit to Russia ... Putin received Mirziyoyev in Moscow")."""
    hosts = [p for p in other.participants if p != visitor and p.kind == "person"]
    there = other.place is not None and (other.place.country == state.key or (
        visit.place is not None and other.place.label == visit.place.label))
    elsewhere = other.place is not None and _country(other.place) not in (None, state.key)  # "talks in Cape Town"
    return not elsewhere and any(person_states.get(p) == state for p in hosts) or (there and bool(hosts))


def drop_met_hosts(meetings: list[Meeting], person_states: dict[EntityRef, EntityRef]) -> list[Meeting]:
    """*meetings* without the visits of a person to a state whose named officials the person met then.

    >>> from kg.model import Evidence
    >>> putin, to_lam = EntityRef("person", "putin", "Vladimir Putin"), EntityRef("person", "to-lam", "To Lam")
    >>> vietnam = EntityRef("state", "VN", "Vietnam")
    >>> ev = Evidence("d", 0, 1, "x", 0, 1, "x")
    >>> kept = drop_met_hosts([Meeting((putin, vietnam), "visit", ev, None, "2024-06-20"),
    ...                        Meeting((putin, to_lam), "summit", ev, None, "2024-06-20")], {to_lam: vietnam})
    >>> [m.kind for m in kept]
    ['summit']
    """
    out: list[Meeting] = []
    for meeting in meetings:
        pair = _bare_visit(meeting)
        if pair is not None:
            visitor, state = pair
            talks = [other for other in meetings if other is not meeting and visitor in other.participants
                     and other.kind != "call"  # a phone call with the host's minister is no talks on the trip
                     and _same_time(meeting.date, other.date)
                     and _host_side(meeting, other, visitor, state, person_states)]
            if len(talks) == 1:  # several meetings on the trip: a state visit with talks, each its own record
                continue
        out.append(meeting)
    return out


def _country(place: EntityRef) -> str | None:
    """The country code of a meeting's place: its own, else the gazetteer's for a city of that whole name."""
    if place.country or place.key == "virtual":
        return place.country
    words = list(name_tokens(place.label))
    found = load_places().lookup(words, 0) if words else None
    return found[1].country or None if found is not None and found[0] == len(words) else None
