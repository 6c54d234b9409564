"""Which states a description such as "the island", "the kingdom" or "the emirate" can stand for
(kg/rules/state_kinds.toml, and the official names of kg/data/states.tsv for kingdoms). Words like
"country", "nation" or "state" fit any state."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from kg.extract.gazetteer import load_gazetteer
from kg.model import EntityRef

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "state_kinds.toml"


@lru_cache(maxsize=1)
def _kinds() -> dict[str, frozenset[str]]:
    rules = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    kingdoms = frozenset(s.iso2 for s in load_gazetteer().states if "Kingdom" in s.official or "Sultanate" in s.official)
    return {"island": frozenset(rules["islands"]), "kingdom": kingdoms, "emirate": frozenset(rules["emirates"])}


@lru_cache(maxsize=1)
def bloc_keys() -> frozenset[str]:
    """Keys of the organisations of states that "the bloc" can name."""
    return frozenset(tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))["blocs"])


def kind_fits(head_words) -> Callable[[EntityRef], bool] | None:
    """A test for the states the description's head words can name, or None when any state fits."""
    kinds = _kinds()
    for word in head_words:
        if word in kinds:
            codes = kinds[word]
            return lambda ref: ref.kind == "state" and ref.key in codes
    return None
