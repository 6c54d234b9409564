"""No one visits, calls or holds talks with their own state or body (README M1: a meeting has two sides, a
visit is to the host state): "Brazil's agriculture
minister Carlos Favaro travelled to the country" read with Brazil as host, "Tanzania's president ... whose trip
to the Asian country began", "European Commission President Ursula von der Leyen, on a visit to Chisinau" with
the EU as host. The visitor's own state or body is the one of their office that the visit's sentence names
right before them ("Brazil's agriculture minister Carlos Favaro", "European Commission President Ursula von der
Leyen", "the European Union's ambassador to Iraq, Thomas Seiler"): an office tied elsewhere in the text may be
misread. Where a visit has a place in another state the text names, that state is the host (Chisinau:
Moldova); else the record is dropped. So is a visit to where the visitor goes "back" ("due back in Kathmandu at
the end of the visit"). A conference or summit is left alone: one person at a body's meeting
meets that body (M2)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.speech_verbs import SAID_SAYS
from kg.model import EntityRef, Meeting, Mention, Sentence


_TWO_SIDED = frozenset(("visit", "talks", "call"))  # a conference may be a person's with their own body (M2)
_TIE_BREAKS = frozenset(", ; ( ) and or with to in by for from of on at".split()) | SAID_SAYS


def _titled(person: EntityRef, host: EntityRef, mentions: list[Mention], sentence: Sentence | None,
            offices: dict[EntityRef, EntityRef]) -> bool:
    """*host* is named at most five words before a mention of *person* in one sentence, as the state or body of
    the office the text gives the person, or as the owner of the title words between ("Brazil's agriculture
    minister Carlos Favaro", "Kenyan Trade Minister Lee Kinyanjui": a demonym or a possessive, no preposition,
    comma or verb between)."""
    for p in mentions:
        for h in mentions:
            if p.entity != person or h.entity != host or h.sentence != p.sentence or not 0 <= p.first - h.last <= 5:
                continue
            if any(h.last <= m.first < p.first and not (m.first > 0 and sentence is not None
                                                        and sentence.tokens[m.first - 1].lower == "to")
                   for m in mentions if m.sentence == p.sentence):
                continue  # "Kenya's president received US envoy Massad Boulos": the nearer name owns the title
            if offices.get(person) == host:
                return True
            between = [t.lower for t in sentence.tokens[h.last:p.first]] if sentence is not None else [","]
            owner = h.how == "demonym" or between[:1] in (["'s"], ["’s"])
            if owner and between[-1:] == [","] and "to" in between:
                between = between[:between.index("to")]  # "the European Union's ambassador to Iraq, Thomas Seiler"
            if owner and between and not _TIE_BREAKS & set(between) and not any(w.endswith("ed") for w in between):
                return True
    return False


def _back_home(meeting: Meeting, sentence: Sentence | None) -> bool:
    """A visit whose place the sentence names as where the visitor goes back to ("due back in Kathmandu",
    "flew back to Delhi", "returned home to Nairobi"): the way home, no visit."""
    if meeting.kind != "visit" or meeting.place is None or sentence is None:
        return False
    lowers = sentence.lowers
    first = meeting.place.label.split()[0].lower()
    return any(lowers[j] in ("back", "home") and lowers[j + 1] in ("in", "to") and lowers[j + 2] == first
               for j in range(len(lowers) - 2))


def _home_visit(meeting: Meeting, offices: dict[EntityRef, EntityRef], mentions: list[Mention],
                sentence: Sentence | None) -> tuple[EntityRef, EntityRef] | None:
    """(visitor, own state or body) of a two-sided visit of a person to the state or body of their office."""
    if meeting.kind not in _TWO_SIDED or len(meeting.participants) != 2:
        return None
    a, b = meeting.participants
    for person, host in ((a, b), (b, a)):
        if person.kind == "person" and host.kind != "person" and _titled(person, host, mentions, sentence, offices):
            return person, host
    return None


def away_from_home(meetings: list[Meeting], offices: dict[EntityRef, EntityRef], mentions: tuple[Mention, ...],
                   sentences: tuple[Sentence, ...] = ()) -> list[Meeting]:
    """*meetings* with each visit of a person to their own state or body (*offices* maps office holders to the
    state or body of the office) given the state of its place instead, or dropped where there is none.

    >>> from kg.model import Evidence
    >>> ev = Evidence("d", 0, 1, "x", 0, 60, "x")
    >>> favaro, brazil = EntityRef("person", "favaro", "Carlos Favaro"), EntityRef("state", "BR", "Brazil")
    >>> said = [Mention(0, 6, "Brazil", 0, 0, 1, brazil), Mention(27, 40, "Carlos Favaro", 0, 4, 6, favaro)]
    >>> away_from_home([Meeting((favaro, brazil), "visit", ev)], {favaro: brazil}, tuple(said))
    []
    """
    states = {m.entity.key: m.entity for m in mentions if m.entity.kind == "state"}
    capitals = {m.text: m.entity for m in mentions if m.how == "capital" and m.entity.kind == "state"}
    by_start = {s.start: s for s in sentences}
    out: list[Meeting] = []
    for meeting in meetings:
        if _back_home(meeting, by_start.get(meeting.evidence.sentence_start)):
            continue  # "He was due back in Kathmandu on Thursday at the end of the four-day visit"
        sentence = [m for m in mentions if meeting.evidence.sentence_start <= m.start < meeting.evidence.sentence_end]
        home = _home_visit(meeting, offices, sentence, by_start.get(meeting.evidence.sentence_start))
        if home is None:
            out.append(meeting)
            continue
        visitor, own = home
        place = meeting.place
        country = place.country if place is not None else None
        host = states.get(country) if country else capitals.get(place.label) if place is not None else None
        if host is not None and host != own and meeting.kind == "visit":
            moved = replace(meeting, participants=tuple(host if p == own else p for p in meeting.participants))
            if moved not in out:
                out.append(moved)
    return out
