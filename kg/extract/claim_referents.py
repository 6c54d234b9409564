"""A state that speaks under a description: "..., the Gulf state announced", "the kingdom said",
"the country said" is the state named earlier in the sentence, else the state the report is about."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.institutions import demonym_of
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import EntityRef

_STATE_NOUNS = frozenset("state country kingdom nation emirate republic island sultanate member ally".split())


def state_described(view: SentenceView, j: int, the: int, topic: EntityRef | None,
                    previous: EntityRef | None = None) -> EntityRef | None:
    """The state that "the [modifier] <state noun>" at *j* (its article at *the*) stands for, or None; opening
    the sentence with no state before it, the state that opened the sentence before (*previous*)."""
    if view.lower[j] not in _STATE_NOUNS or j + 1 >= len(view.tokens) or view.lower[j + 1] not in SAID_SAYS \
            or (the > 0 and view.lower[the - 1] not in (",", ".")):
        return None  # only the speaker of a trailing attribution: "..., the Gulf state announced"
    states = [m for m in view.actors if m.entity.kind == "state" and m.last <= the]
    subjects = [m for m in states if not view.in_pp(m) and not view.possessive(m)]
    if subjects:
        return subjects[0].entity
    if not states and the == 0 and previous is not None:
        return previous  # "Saudi Arabia gave Syria crude. The kingdom described it as ...": Saudi Arabia
    return states[-1].entity if states else topic


def ministry_as_written(view: SentenceView, j: int, the: int) -> EntityRef | None:
    """"the energy ministry said", "the interior ministry confirmed", with no ministry named before: the
    ministry keeps the name the text gives it (gold rule C2 names the institution), not its state."""
    words = view.lower[the + 1:j + 1]
    if view.lower[the] != "the" or len(words) != 2 or not view.tokens[the + 1].text.islower() or the + 1 in view.actor_at:
        return None
    if any(m.entity.kind == "state" and m.last < the and m.first > 0 and view.lower[m.first - 1] == "in"
           and view.lower[m.last] == "," for m in view.actors):
        return None  # "In Taipei, the foreign ministry said": the ministry of the state it speaks in
    name = " ".join(words)
    seat = view.actor_at.get(j + 2) if view.lower[j + 1:j + 2] == ("in",) else None
    if seat is not None and seat.entity.kind == "state" and seat.how == "capital" and seat.first == j + 2:
        demonym = demonym_of(seat.entity.key)  # "the foreign ministry in Lima said": Peru's ministry
        name = f"{demonym} {name}" if demonym else name
    return EntityRef("organisation", slug(name), name)
