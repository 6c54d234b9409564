"""Counterparts named by their state: "Pistorius hosted his Estonian and Latvian counterparts" meets both
states' officials (M2: a side with no named person is its state), and where the report names that official
elsewhere ("Estonian Defence Minister Hanno Pevkur said ...") the side is that person.

A counterpart holds the same office as the person met; the person takes the side's place only when the
report gives exactly one holder of that office for that state."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.view import SentenceView
from kg.model import EntityRef, Meeting, OfficeHolding

_JOIN = frozenset(", and".split())
_COUNTERPART = frozenset("counterpart counterparts".split())


_OWNERS = frozenset("his her their its".split())


def _modifier(view: SentenceView, k: int) -> bool:
    """The actor ending at *k* modifies "counterpart": a demonym, or a state's name after a possessive
    ("his US counterpart", "her New Zealand counterpart"), not "talks with Ukraine counterparts"."""
    mention = view.actor_at[k]
    return mention.how == "demonym" or mention.entity.kind == "state" and mention.first > 0 \
        and view.lower[mention.first - 1] in _OWNERS


def attributive(view: SentenceView, j: int) -> bool:
    """Is a state named right before "counterpart(s)" at *j* as its modifier?"""
    return j > 0 and (j - 1) in view.actor_at and _modifier(view, j - 1)


def counterpart_states(view: SentenceView, j: int) -> list[EntityRef]:
    """The states of the demonyms before "counterparts" at *j*: "his Estonian and Latvian counterparts",
    "his Polish, Czech and Slovak counterparts", "his US counterpart"; the nearest one only before a singular
    "counterpart"."""
    states: list[EntityRef] = []
    k = j - 1
    while k >= 0 and k in view.actor_at and (view.actor_at[k].how == "demonym" or not states and _modifier(view, k)):
        mention = view.actor_at[k]
        states.insert(0, mention.entity)
        if view.lower[j] != "counterparts":
            break
        k = mention.first - 1
        if k >= 1 and view.lower[k] in _JOIN:
            k -= 1
            if k >= 1 and view.lower[k] == "and" and view.lower[k + 1] == ",":
                k -= 1
        else:
            break
    return states


def named_counterparts(meetings: list[Meeting], offices: list[OfficeHolding]) -> list[Meeting]:
    """*meetings* told with "counterpart(s)" where a state side is the counterpart of a person in it:
    the one holder of that person's office for that state, if the report names one, takes its place."""
    roles: dict[EntityRef, set[str]] = {}
    holders: dict[tuple[str, str], set[EntityRef]] = {}
    for office in offices:
        roles.setdefault(office.holder, set()).add(office.role)
        if office.office_of is not None and office.office_of.kind == "state":
            holders.setdefault((office.role, office.office_of.key), set()).add(office.holder)
    out = []
    for meeting in meetings:
        if not any(w in meeting.evidence.sentence_text.lower() for w in _COUNTERPART):
            out.append(meeting)
            continue
        own = {role for p in meeting.participants if p.kind == "person" for role in roles.get(p, ())}
        sides = []
        for party in meeting.participants:
            found = {h for role in own for h in holders.get((role, party.key), ())} if party.kind == "state" else set()
            sides.append(next(iter(found)) if len(found) == 1 and next(iter(found)) not in meeting.participants
                         else party)
        out.append(replace(meeting, participants=tuple(sides)) if sides != list(meeting.participants) else meeting)
    return out
