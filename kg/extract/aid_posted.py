"""Staff a state has posted in another: "Some 400 Cuban doctors are currently deployed in Jamaica", "Russian army
instructors have been stationed in Mali". Services are flows (README A1: services, training); the state of the
staff gives, the state they work in gets. Only staff who serve the host (doctors, nurses, instructors, engineers,
police ...): troops or fighters posted in a state may be an attack. Only the staff named before the verb are read
("Cuba has deployed 400 doctors in Jamaica", with the staff after it, is not read yet)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_POSTING = frozenset("deploy station post base".split())
_STAFF = frozenset("doctors nurses medics medical technicians engineers teachers instructors advisers advisors "
                   "trainers police officers experts specialists physicians surgeons".split())
ADDS_WITH = _STAFF  # no frame added without one (aid_sentence_passes)
_ENTRY = Entry(("deploy",), "give", "delivered")


def posted_staff(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* plus a frame for each posting of staff "in" a named state that no frame reads yet."""
    if _POSTING.isdisjoint(view.lemmas) or _STAFF.isdisjoint(view.lower):
        return frames
    for at, lemma in enumerate(view.lemmas):
        if lemma in _POSTING and view.lower[at + 1:at + 2] == ("in",) and not any(f.first == at for f in frames) \
                and (frame := _posted(view, at)) is not None:
            frames = frames + [frame]
    return frames


def _posted(view: SentenceView, at: int) -> Frame | None:
    place = view.actor_at.get(at + 2 + (view.lower[at + 2:at + 3] == ("the",)))
    if place is None or place.entity.kind != "state" or place.how == "demonym":
        return None
    start = view.chunks_before(at)[-1][0]
    subject = view.lower[start:at]
    if _STAFF.isdisjoint(subject):
        return None
    givers = unique(m.entity for m in view.actors_in(start, at) if m.entity.kind == "state"
                    and (m.how == "demonym" or view.possessive(m) or view.from_before(m)) and m.entity != place.entity)
    if not givers:
        return None
    status = status_cues(view, at, "delivered", load_lexicon()) or "delivered"
    return Frame(_ENTRY, at, at + 1, givers, [(start, at, (place.entity,))], status, start, place.last)
