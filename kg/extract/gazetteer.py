"""Gazetteers: states, organisations and office titles, read from kg/data and kg/rules.

These are general resources (every sovereign state with its names, demonyms and
capitals; well-known organisations; common office titles), never facts of one article.
"""

from __future__ import annotations

import csv
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import ExtractionError
from kg.model import EntityRef

PACKAGE = Path(__file__).resolve().parent.parent
STATES_FILE = PACKAGE / "data" / "states.tsv"
RULES_DIR = PACKAGE / "rules"


@dataclass(frozen=True)
class StateEntry:
    iso2: str
    iso3: str
    qid: str
    name: str
    official: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    historical: bool

    @cached_property  # one reference per state, however many mentions name it
    def ref(self) -> EntityRef:
        return EntityRef("state", self.iso2, self.name, self.qid or None)


@dataclass(frozen=True)
class RoleEntry:
    key: str
    label: str
    forms: tuple[str, ...]
    head: bool


@dataclass(frozen=True)
class OrgEntry:
    key: str
    label: str
    forms: tuple[str, ...]
    qid: str | None
    armed: bool = False  # a non-state armed group: it fights and is armed, it does not host meetings
    short: tuple[str, ...] = ()  # "Fund" for the IMF: a name for it once it has been named (org_short.py)
    rebels: bool = True  # an armed group that "the rebels", "the militia" may refer back to (not a contractor)

    @cached_property  # one reference per organisation, however many mentions name it
    def ref(self) -> EntityRef:
        return EntityRef("organisation", self.key, self.label, self.qid)


@dataclass(frozen=True)
class BodyEntry:
    """A state-owned company or state fund that acts for its state (gold rule G2): "Rosatom" -> RU."""

    key: str
    state: str
    forms: tuple[str, ...]
    sector: str = ""


@dataclass(frozen=True)
class Gazetteer:
    states: tuple[StateEntry, ...]
    roles: tuple[RoleEntry, ...]
    organisations: tuple[OrgEntry, ...]
    bodies: tuple[BodyEntry, ...] = ()

    @cached_property
    def armed_groups(self) -> frozenset[str]:
        """Keys of the non-state armed groups (``armed = true`` in organisations.toml)."""
        return frozenset(org.key for org in self.organisations if org.armed)

    @cached_property
    def _by_code(self) -> dict[str, StateEntry]:
        return {state.iso2: state for state in self.states}

    @cached_property
    def _by_name(self) -> dict[str, StateEntry]:
        table: dict[str, StateEntry] = {}
        for state in self.states:
            for key in (*state.aliases, state.official, state.iso3, state.qid, state.iso2, state.name):
                if key:
                    table[key.casefold()] = state
        return table

    def state(self, key: str) -> StateEntry:
        return self._by_code[key]

    def find_state(self, text: str) -> StateEntry | None:
        """Look a state up by ISO code, QID, name or alias, in any case.

        >>> load_gazetteer().find_state("cuba").iso2
        'CU'
        >>> load_gazetteer().find_state("Q148").name
        'China'
        """
        return self._by_name.get(text.strip().casefold())

    def surface_forms(self) -> list[tuple[str, str, str]]:
        """(text, kind, key) for every name that can appear in an article."""
        forms = []
        for state in self.states:
            forms.extend((name, "name", state.iso2) for name in (state.name, *state.aliases))
            forms.extend((d, "demonym", state.iso2) for d in state.demonyms)
            forms.extend((c, "capital", state.iso2) for c in state.capitals)
        forms.extend((form, "body", body.state) for body in self.bodies for form in body.forms)
        # news copy often drops diacritics ("Bogota", "Brasilia", "Turkiye"): the plain spelling names it too
        forms.extend((plain, how, key) for text, how, key in list(forms) if (plain := ascii_fold(text)) != text)
        return forms


def ascii_fold(text: str) -> str:
    """*text* without diacritics: "Bogotá" -> "Bogota", "Türkiye" -> "Turkiye"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the packaged gazetteer files (cached)."""
    try:
        with STATES_FILE.open(encoding="utf-8") as handle:
            states = tuple(
                StateEntry(r["iso2"], r["iso3"], r["qid"], r["name"], r["official"], _split(r["aliases"]),
                           _split(r["demonyms"]), _split(r["capitals"]), r["historical"] == "yes")
                for r in csv.DictReader(handle, delimiter="\t")
            )
        offices = tomllib.loads((RULES_DIR / "offices.toml").read_text(encoding="utf-8"))
        orgs = tomllib.loads((RULES_DIR / "organisations.toml").read_text(encoding="utf-8"))
        raw_bodies = tomllib.loads((RULES_DIR / "state_bodies.toml").read_text(encoding="utf-8"))
        bodies = tuple(BodyEntry(key, v["state"], tuple(v["forms"]), v.get("sector", ""))
                       for key, v in raw_bodies["body"].items())
    except (OSError, KeyError, tomllib.TOMLDecodeError) as err:
        raise ExtractionError(f"Gazetteer files are unreadable: {err}") from None
    codes = {state.iso2 for state in states}
    unknown = sorted(f"{b.key} ({b.state})" for b in bodies if b.state not in codes)
    if unknown:
        raise ExtractionError(f"state_bodies.toml names states not in {STATES_FILE.name}: {', '.join(unknown)}")
    roles = tuple(RoleEntry(key, v["label"], tuple(v["forms"]), bool(v.get("head"))) for key, v in offices["role"].items())
    organisations = tuple(OrgEntry(key, v["label"], tuple(v["forms"]), v.get("qid"), bool(v.get("armed")),
                                   tuple(v.get("short", ())), bool(v.get("rebels", True)))
                          for key, v in orgs["org"].items())
    return Gazetteer(states, roles, organisations, bodies)


def country_state(code: str) -> EntityRef | None:
    """The state of a place's country code, if the gazetteer knows it ("Aleppo" -> Syria)."""
    try:
        return load_gazetteer().state(code).ref
    except KeyError:
        return None


def slug(text: str) -> str:
    """A stable IRI-safe key for a name.

    >>> slug("Wang Yi")
    'wang-yi'
    """
    return _NOT_SLUG.sub("-", text.casefold()).strip("-") or "x"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
