"""Which states a description such as "the island", "the kingdom" or "the emirate" can stand for
(kg/rules/state_kinds.toml, and the official names of kg/data/states.tsv for kingdoms; words like
"country", "nation" or "state" fit any state), which organisations "the bloc" can name, and which
states a regional group ("the five Central Asian countries") is made of."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from kg.extract.gazetteer import load_gazetteer
from kg.model import EntityRef

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "state_kinds.toml"


@lru_cache(maxsize=1)
def _rules() -> dict:
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    rules = _rules()
    kingdoms = frozenset(s.iso2 for s in load_gazetteer().states if "Kingdom" in s.official or "Sultanate" in s.official)
    return {"island": frozenset(rules["islands"]), "kingdom": kingdoms, "emirate": frozenset(rules["emirates"])}


@lru_cache(maxsize=1)
def bloc_keys() -> frozenset[str]:
    """Keys of the organisations of states that "the bloc" can name."""
    return frozenset(_rules()["blocs"])


@lru_cache(maxsize=1)
def alliance_keys() -> frozenset[str]:
    """Keys of the alliances whose allies or members act each for itself ("NATO allies")."""
    return frozenset(_rules()["alliances"])


# the nouns a regional group's name ends in ("the Baltic states"); claim_group_members reads them too
GROUP_NOUNS = frozenset("countries states republics nations monarchies neighbours neighbors".split())
_COUNTS = frozenset("two three four five six seven eight nine ten".split())


@lru_cache(maxsize=1)
def _groups() -> dict[tuple[str, ...], tuple[EntityRef, ...]]:
    return _member_table("groups")


def _member_table(table: str) -> dict[tuple[str, ...], tuple[EntityRef, ...]]:
    """A table of the rule file (name -> ISO codes) as name words -> the member states the gazetteer knows."""
    gazetteer = load_gazetteer()
    codes = {s.iso2 for s in gazetteer.states}
    return {tuple(name.split()): tuple(gazetteer.state(c).ref for c in members if c in codes)
            for name, members in _rules()[table].items()}


@lru_cache(maxsize=1)
def _described() -> dict[tuple[str, ...], tuple[EntityRef, ...]]:
    """The groups and the regions ([regions]) a description of one state can name, by their words."""
    return {**_member_table("regions"), **_groups()}


def region_words(words, at: int) -> int:
    """How many words at *at* name a group or region of states ("North African", "Gulf"): 2, 1 or 0."""
    described = _described()
    return 2 if tuple(words[at:at + 2]) in described else 1 if tuple(words[at:at + 1]) in described else 0


def group_at(words, at: int) -> tuple[tuple[EntityRef, ...], int]:
    """The member states of a regional group named at *at* ("the five Central Asian countries", "Gulf
    states", "the three Baltic republics") and where the phrase ends; ((), at) when none is named."""
    k = at + (at < len(words) and words[at] == "the")
    k += k < len(words) and (words[k].isdigit() or words[k] in _COUNTS)  # "the five", "the three"
    if k >= len(words):
        return (), at
    for name, members in _groups_by_first().get(words[k], ()):
        end = k + len(name)
        if tuple(words[k:end]) == name and end < len(words) and words[end] in GROUP_NOUNS:
            return members, end + 1
    return (), at


@lru_cache(maxsize=1)
def _groups_by_first() -> dict[str, tuple]:
    """The groups of :func:`_groups` (name, members), in their order, under the first word of the name:
    a phrase is compared only with the names that start with its word."""
    found: dict[str, list] = {}
    for name, members in _groups().items():
        found.setdefault(name[0], []).append((name, members))
    return {word: tuple(groups) for word, groups in found.items()}


def kind_fits(head_words) -> Callable[[EntityRef], bool] | None:
    """A test for the states the description's head words can name, or None when any state fits."""
    kinds = _kinds()
    for word in head_words:
        if word in kinds:
            codes = kinds[word]
            return lambda ref: ref.kind == "state" and ref.key in codes
    members = _described().get(tuple(head_words[:-1]))  # "the Gulf state", "the North African country"
    if members:
        return lambda ref: ref in members
    return None


@lru_cache(maxsize=1)
def administrations() -> dict[str, EntityRef]:
    """Leader surname -> state, for a government named after its leader ("the Biden administration")."""
    gazetteer = load_gazetteer()
    codes = {s.iso2 for s in gazetteer.states}
    return {name: gazetteer.state(code).ref for name, code in _rules()["administrations"].items() if code in codes}
