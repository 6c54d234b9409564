"""Frozen dataclasses that cross stage borders.

Offsets are Python string indices into ``SourceDocument.text``, the original file
content exactly as read; cleaning never rewrites text, it only marks regions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, NamedTuple

EntityKind = Literal["state", "person", "organisation", "place", "group"]  # group: unnamed speakers ("critics")
RegionKind = Literal["cruft", "teaser", "comment"]

AID_STATUSES = ("offered", "pledged", "approved", "delivered", "declined", "denied", "unspecified")
AID_CATEGORIES = (
    "military", "energy", "food", "humanitarian", "financial",
    "infrastructure", "technology", "intelligence", "other",
)


@dataclass(frozen=True)
class SourceDocument:
    """One article as read from disk, with its metadata."""

    doc_id: str
    text: str
    path: str = ""
    title: str | None = None
    date: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    body_start: int = 0


@dataclass(frozen=True)
class Region:
    """A stretch of the original text that is not the author's article body."""

    start: int
    end: int
    kind: RegionKind
    reason: str


@dataclass(frozen=True)
class Block:
    """A paragraph or heading kept after cleaning."""

    start: int
    end: int
    heading: bool = False


@dataclass(frozen=True)
class CleanDocument:
    source: SourceDocument
    blocks: tuple[Block, ...]
    removed: tuple[Region, ...]


class Token(NamedTuple):
    """A word or punctuation mark; ``start``/``end`` are offsets into the original text.

    A named tuple rather than a dataclass: documents have tens of thousands of tokens and a
    tuple is several times cheaper to build.
    """

    start: int
    end: int
    text: str
    lemma: str
    space_after: bool
    lower: str


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block: int
    heading: bool = False
    tokens: tuple[Token, ...] = ()

    # Computed once per sentence, however many extraction stages look at it.
    @cached_property
    def lowers(self) -> tuple[str, ...]:
        """Each token in lower case."""
        return tuple(t.lower for t in self.tokens)

    @cached_property
    def lemmas(self) -> tuple[str, ...]:
        """Each token's lemma in lower case."""
        return tuple(t.lemma.lower() for t in self.tokens)

    @cached_property
    def lower_set(self) -> frozenset[str]:
        """The sentence's words in lower case, as a set: a rule whose cue words are all missing can pass
        the sentence over without reading it token by token."""
        return frozenset(self.lowers)

    @cached_property
    def cue_set(self) -> frozenset[str]:
        """The sentence's words and lemmas in lower case, as one set: what a rule's declared cue words are
        checked against before the rule reads the sentence (kg.extract.cues)."""
        return self.lower_set.union(self.lemmas)  # the lower-case set, which other rules read too, built once

    @cached_property
    def capitalised(self) -> tuple[int, ...]:
        """The indices of the tokens that start with a capital letter (where names can start)."""
        return tuple(i for i, t in enumerate(self.tokens) if t.text[:1].isupper())


@dataclass(frozen=True)
class EntityRef:
    """A resolved actor or place; ``key`` is stable (ISO code for states, a name key otherwise)."""

    kind: EntityKind
    key: str
    label: str
    qid: str | None = None
    country: str | None = None  # places: ISO code of the state the gazetteer puts them in


@dataclass(frozen=True)
class Mention:
    """A span of text that names an entity.

    ``first``/``last`` are token indices within the sentence (last exclusive);
    ``how`` says how it names the entity: name, demonym, capital, alias, title.
    """

    start: int
    end: int
    text: str
    sentence: int
    first: int
    last: int
    entity: EntityRef
    how: str = "name"


@dataclass(frozen=True)
class Title:
    """An office title in a sentence ("Foreign Minister"), before any holder is known."""

    sentence: int
    first: int
    last: int
    role: str
    label: str
    head: bool


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: exact quote and its offsets, and the sentence around it."""

    doc_id: str
    start: int
    end: int
    quote: str
    sentence_start: int
    sentence_end: int
    sentence_text: str
    context_sentences: tuple[int, ...] = ()


@dataclass(frozen=True)
class AidFlow:
    donor: EntityRef
    recipient: EntityRef
    item: str
    categories: tuple[str, ...]
    status: str
    evidence: Evidence
    item_class: str | None = None
    quantity: str | None = None
    unit: str | None = None
    value: str | None = None
    currency: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class OfficeHolding:
    holder: EntityRef
    role: str
    role_label: str
    evidence: Evidence
    office_of: EntityRef | None = None


@dataclass(frozen=True)
class Agreement:
    parties: tuple[EntityRef, ...]
    kind: str
    status: str
    evidence: Evidence
    date: str | None = None
    name: str | None = None  # the agreement as the text names it ("tripartite agreement")


@dataclass(frozen=True)
class Meeting:
    participants: tuple[EntityRef, ...]
    kind: str
    evidence: Evidence
    place: EntityRef | None = None
    date: str | None = None


@dataclass(frozen=True)
class Claim:
    claimant: EntityRef
    text: str
    stance: str
    modality: str
    evidence: Evidence
    about: tuple[EntityRef, ...] = ()


Fact = AidFlow | OfficeHolding | Agreement | Meeting | Claim


@dataclass(frozen=True)
class Extraction:
    """Everything the pipeline found in one document."""

    document: CleanDocument
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    titles: tuple[Title, ...] = ()
    facts: tuple[Fact, ...] = field(default=())
    places: tuple[Mention, ...] = ()  # cities named inside other mentions: a capital standing for its state

    def facts_of(self, kind: type) -> list:
        return [fact for fact in self.facts if isinstance(fact, kind)]
