"""The extraction pipeline: registered stages that read and write named fields.

A stage is a plain function registered with :func:`stage`, declaring which fields of
:class:`Work` it requires and which it assigns. :meth:`Pipeline.check` fails early if
a stage needs something no earlier stage provides.

>>> sorted(STAGES)[:2]
['kg.agreements.v1', 'kg.aid.v1']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kg.errors import ExtractionError
from kg.model import (
    CleanDocument,
    Extraction,
    Fact,
    Mention,
    Sentence,
    SourceDocument,
    Title,
)

RULESET_VERSION = "rules-2026.12.65"  # bumped when rules or rule files change output


@dataclass(frozen=True)
class Work:
    """What the stages have produced so far for one document."""

    source: SourceDocument
    clean: CleanDocument | None = None
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    titles: tuple[Title, ...] = ()
    persons: tuple = ()
    places: tuple[Mention, ...] = ()  # places named inside other mentions (a capital's city), see places.py
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[Work], Work]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


STAGES: dict[str, Stage] = {}


def stage(name: str, *, requires: tuple[str, ...], assigns: tuple[str, ...]):
    """Register a pipeline stage under *name*."""

    def register(func: Callable[[Work], Work]) -> Callable[[Work], Work]:
        if name in STAGES:
            raise ExtractionError(f"Stage {name!r} is registered twice")
        STAGES[name] = Stage(name, func, requires, assigns)
        return func

    return register


@dataclass(frozen=True)
class Pipeline:
    names: tuple[str, ...] = field(default=("kg.clean.v1", "kg.segment.v1", "kg.places.v1", "kg.persons.v1",
                                            "kg.offices.v1",
                                            "kg.aid.v1", "kg.agreements.v1", "kg.meetings.v1", "kg.claims.v1",
                                            "kg.rosters.v1"))

    def check(self) -> None:
        """Fail if a stage is unknown or requires a field no earlier stage assigns."""
        available = {"source"}
        for name in self.names:
            if name not in STAGES:
                raise ExtractionError(f"Unknown stage {name!r}. Available: {', '.join(sorted(STAGES))}")
            missing = set(STAGES[name].requires) - available
            if missing:
                raise ExtractionError(f"Stage {name!r} requires {', '.join(sorted(missing))}, which no earlier stage assigns")
            available |= set(STAGES[name].assigns)

    def __call__(self, source: SourceDocument) -> Extraction:
        self.check()
        work = Work(source=source)
        for name in self.names:
            work = STAGES[name].func(work)
        assert work.clean is not None
        facts = tuple(fact for fact in work.facts if quoted(fact, source.text))
        return Extraction(work.clean, work.sentences, work.mentions, work.titles, facts, work.places)


def quoted(fact: Fact, text: str) -> bool:
    """Is the fact's evidence a non-empty span of *text* whose quote is that span? A fact a rule mis-spans
    is dropped rather than stored with a quote that would fail the Evidence shape for the whole batch."""
    ev = fact.evidence
    return 0 <= ev.start < ev.end <= len(text) and bool(ev.quote.strip()) and text[ev.start:ev.end] == ev.quote


def extract(source: SourceDocument) -> Extraction:
    """Run the default pipeline on one document."""
    return Pipeline()(source)


# Stage registrations live in kg.extract.stages; importing it fills STAGES.
from kg.extract import stages as _stages  # noqa: E402,F401

__all__ = ["Pipeline", "RULESET_VERSION", "STAGES", "Stage", "Work", "extract", "stage"]
