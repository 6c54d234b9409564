"""A bare title for someone named before: "the Brazilian leader", "the president said".

"The president" is the president named last, not whoever was named last ("Trump ... Commerce Secretary
Howard Lutnick ... The president said ..."); a title with a demonym is the person last named whose
office belongs to that state ("according to the Mexican leader"), else, for a head ("the Pakistani
leader"), the person last named whose state the text leaves open. Without either, the person named
last stands (the caller's fallback)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.gazetteer import slug
from kg.extract.institutions import demonym_of
from kg.extract.view import SentenceView
from kg.model import EntityRef

_PRESIDENTS = frozenset("president".split())
_HEADS = frozenset("leader president premier chancellor".split())  # one person, never an unnamed official


@dataclass
class PersonTrail:
    """Persons in the order the text names them, with what the offices stage knows of them."""

    states: dict = field(default_factory=dict)  # person -> the state of their office
    presidents: frozenset = frozenset()  # persons holding a president's office
    diplomats: frozenset = frozenset()  # foreign ministers and envoys: "the diplomat", "Russia's top diplomat"
    named: list[EntityRef] = field(default_factory=list)  # newest last

    def record(self, persons: list[EntityRef]) -> None:
        for person in persons:
            if person in self.named:
                self.named.remove(person)
            self.named.append(person)

    def holds(self, person: EntityRef | None) -> bool:
        """Is *person* a president whose state the text gives?"""
        return person in self.presidents and person in self.states

    def diplomat(self, state: EntityRef | None = None) -> EntityRef | None:
        """The foreign minister or envoy named last (of *state* when given, or of a state the text left open):
        "the diplomat said", "the top US diplomat said" after "Secretary of State Marco Rubio"."""
        return next((p for p in reversed(self.named) if p in self.diplomats
                     and (state is None or self.states.get(p) in (state, None))), None)

    def presidency(self, person: EntityRef) -> EntityRef | None:
        """A president's "his office": the presidency of the president's state ("Colombian presidency")."""
        demonym = demonym_of(self.states[person].key)
        return EntityRef("organisation", slug(f"{demonym} presidency"), f"{demonym} presidency") if demonym else None

    def resolve(self, view: SentenceView, title: int, fallback: EntityRef | None) -> EntityRef | None:
        """The person the title at *title* (after "the", maybe with one modifier) stands for."""
        modifier = view.actor_at.get(title - 1)
        if modifier is not None and modifier.entity.kind == "state" and modifier.how == "demonym":
            other = self.states.get(fallback) != modifier.entity
            owned = next((p for p in reversed(self.named) if self.states.get(p) == modifier.entity), None)
            if owned is None and view.lower[title] in _HEADS:
                # "the Pakistani leader" is a head named before whose state the text left open, never the state
                owned = next((p for p in reversed(self.named) if p not in self.states), None)
            # "the Egyptian ambassador said" with no Egyptian named: an unnamed official, so the state speaks
            return owned or (modifier.entity if other else fallback)
        if view.lower[title] in _PRESIDENTS and view.lower[title - 1] == "the":
            return next((p for p in reversed(self.named) if p in self.presidents), fallback)
        return fallback


def he_next(view: SentenceView, found: list, persons: list[EntityRef], last: EntityRef | None) -> EntityRef | None:
    """Who "he" or "the minister" means after this sentence: a person speaker when everyone else it names
    stands in what was said ("He said Sheinbaum had agreed ..."), else the speaker if named first, else the
    person named last; *last* when the sentence names no one."""
    if found and found[0][0].kind == "person" and all(
            any(f <= m.first < t for _, f, t, _ in found) for m in view.actors if m.entity.kind == "person"):
        return found[0][0]
    if persons and not found and last is not None and _pronoun_subject(view):
        return last  # "During the visit he met Chinese President Xi Jinping": "he" goes on being the one before
    if persons:
        return persons[0] if found and found[0][0] == persons[0] else persons[-1]
    if found and view.lower[0] in ("a", "an") and found[0][1] > 0:
        # "A senior official told Reuters ...": the next "he" is that unnamed official, who is recorded as
        # what the sentence made of him (the outlet, the state), not as someone named before
        return found[0][0]
    if found and found[0][0].kind in ("state", "organisation") and "according" not in view.lower and any(
            view.lower[k] in _UNNAMED and not found[0][1] <= k < found[0][2] for k in range(len(view.tokens))):
        return found[0][0]  # "Iran's foreign ministry spokesman said ...": "he" next is that spokesman
    return last


_SUBJECT_PRONOUNS = frozenset("he she".split())
_UNNAMED = frozenset("spokesman spokeswoman spokesperson official".split())  # a speaker with no name


def _pronoun_subject(view: SentenceView) -> bool:
    """Does "he" or "she" come before every person the sentence names ("Later he met X")?"""
    first = min((m.first for m in view.actors if m.entity.kind == "person"), default=len(view.tokens))
    return any(view.lower[k] in _SUBJECT_PRONOUNS for k in range(first))

