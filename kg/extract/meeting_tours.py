"""Is the dateline city where a meeting of a tour took place? "DUBAI, March 3 - Kishida, on a tour of the Gulf,
held talks with Saudi Crown Prince Mohammed bin Salman": a traveller going from state to state meets his hosts
in their states, and the city the report was filed from is that place only when the meeting's sentence or its
sides name the city's state.
"""

from __future__ import annotations

from kg.model import EntityRef, Meeting, Mention, Sentence

_TOUR = frozenset("tour tours touring toured leg".split())  # "a Gulf tour", "on the first leg of"
_REGIONS = frozenset("gulf region africa asia europe america balkans caucasus caribbean pacific".split())
_TRIP = frozenset("visit visits visiting visited trip trips travel travels travelling traveling travelled "
                  "traveled".split())


def _told_tour(sentence: Sentence) -> bool:
    """A tour cue ("a tour of", "touring", "first leg") or a trip to a region ("a visit to the Gulf")."""
    lowers = sentence.lowers
    if not _TOUR.isdisjoint(sentence.lower_set):
        return True
    return any(w in _TRIP and any(x in _REGIONS for x in lowers[i + 1:i + 5]) for i, w in enumerate(lowers))


def tour_sentences(sentences: tuple[Sentence, ...]) -> int | None:
    """The start of the first sentence that tells of a tour, or None."""
    return next((s.start for s in sentences if not s.heading and _told_tour(s)), None)


def city_state(city: EntityRef) -> str | None:
    """The ISO code of the state the dateline city lies in, as the place gazetteer has it."""
    from kg.extract.places import name_tokens, load_places

    words = list(name_tokens(city.label))
    found = load_places().lookup(words, 0)
    return found[1].country or None if found is not None and found[0] == len(words) else None


def dateline_fits(meeting: Meeting, state: str | None, mentions: tuple[Mention, ...],
                  sentences: tuple[Sentence, ...]) -> bool:
    """May the dateline city in *state* be the place of a tour's meeting: the city's state is a side, or the
    meeting's sentence names it (by name, demonym or capital) or names no other state?"""
    if state is None:
        return False
    if any(p.kind == "state" and p.key == state for p in meeting.participants):
        return True
    index = next((s.index for s in sentences if s.start == meeting.evidence.sentence_start), None)
    named = {m.entity.key for m in mentions if m.sentence == index and m.entity.kind == "state"}
    named |= {p.key for p in meeting.participants if p.kind == "state"}
    return state in named or not named
