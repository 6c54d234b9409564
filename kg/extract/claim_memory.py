"""What a document's claims remember from sentence to sentence: who was last named, per kind.

The claim rules read it for "he said", "the minister said", "the paper reported", "the two
leaders said"; :func:`kg.extract.claims.extract_claims` builds one per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.claim_titles import PersonTrail
from kg.model import EntityRef


@dataclass
class Memory:
    """Who was last named, per kind, for "he said", "the minister said", "the paper reported"."""

    person: EntityRef | None = None
    sources: list[EntityRef] = field(default_factory=list)  # institutions and outlets quoted, oldest first
    organisation: EntityRef | None = None  # the last organisation named
    topic: EntityRef | None = None  # the state the report is about, for "the government said"
    body: EntityRef | None = None  # the last state or organisation quoted, for "it said"
    outlets: set[EntityRef] = field(default_factory=set)  # sources seen reporting: what they say is a report
    groups: list = field(default_factory=list)  # coordinated actors named so far, for "the two leaders said"
    sentence_groups: list = field(default_factory=list)  # the coordinated actors of the sentence being read (groups_in)
    speakers: list = field(default_factory=list)  # the groups, and two persons named in one sentence ("X met Y")
    co: dict = field(default_factory=dict)  # (first, last) of a claim -> the others of its plural speaker
    statement: EntityRef | None = None  # who last spoke "in a statement", for "the statement said"
    outlet_named: EntityRef | None = None  # "Le Monde carried an interview ...": for "the newspaper wrote"
    told_to: EntityRef | None = None  # the outlet told in the sentence before, for "It wrote that ..."
    opening: tuple | None = None  # coordinated actors opening the last sentence, for "They said"
    trail: PersonTrail = field(default_factory=PersonTrail)  # persons named so far, for "the president said"
    told: EntityRef | None = None  # the outlet unnamed people spoke to: their "sources said" is its report (C2)
    pair: tuple = ()  # the two states a report about the dealings of two is about, for "both governments said"
    report: EntityRef | None = None  # who last spoke "in a report", for "according to the report"
    accused: dict = field(default_factory=dict)  # span of an accusation in a relative clause -> the accused
    bodies: list = field(default_factory=list)  # bodies named "<Name> of <state>", for "the central bank said"
    named: list = field(default_factory=list)  # every body named so far, newest last, for "the navy said"
    opener: EntityRef | None = None  # the state opening the sentence before, for "The kingdom said ..."
    company: EntityRef | None = None  # a state-owned company the sentence before named, for "The company said"
