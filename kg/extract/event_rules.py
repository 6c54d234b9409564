"""The rule file of agreements, meetings and claims (``kg/rules/events.toml``), loaded once."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "events.toml"


@lru_cache(maxsize=1)
def rules() -> dict:
    """The parsed rule tables, by section ("agreement", "meeting", "claim")."""
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
