"""The aid-frame lexicon (kg/rules/aid.toml) compiled into lemma sequences."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import ExtractionError
from kg.model import AID_CATEGORIES, AID_STATUSES

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "aid.toml"


@dataclass(frozen=True)
class Entry:
    """A (possibly multi-word) cue: its lemmas and what it means."""

    words: tuple[str, ...]
    frame: str  # give | receive | deny | aid-noun | offer-noun | purchase-noun | include
    status: str


@dataclass(frozen=True)
class AidLexicon:
    version: str
    triggers: tuple[Entry, ...]
    cues: dict[str, frozenset[str]]
    vehicles: frozenset[str]
    cargo_links: tuple[tuple[str, ...], ...]
    categories: tuple[tuple[tuple[str, ...], str], ...]  # (keyword words, category), longest first
    noun_like: frozenset[str] = frozenset()
    money_only: frozenset[str] = frozenset()
    amount_next: frozenset[str] = frozenset()
    recipient_alone: frozenset[str] = frozenset()
    aid_object_only: frozenset[str] = frozenset()
    with_only: frozenset[str] = frozenset()
    restrictions: frozenset[str] = frozenset()
    recipient_object: frozenset[str] = frozenset()
    supplier_nouns: frozenset[str] = frozenset()
    buyer_nouns: frozenset[str] = frozenset()

    @cached_property
    def by_first_word(self) -> dict[str, tuple[Entry, ...]]:
        """Triggers indexed by their first word, longest first."""
        table: dict[str, list[Entry]] = {}
        for entry in self.triggers:
            table.setdefault(entry.words[0], []).append(entry)
        return {word: tuple(entries) for word, entries in table.items()}

    @cached_property
    def cue_patterns(self) -> dict[str, re.Pattern[str]]:
        """Each cue list as one pattern, built once for :meth:`cue_in`: any of its words and phrases with a space
        either side (one search instead of one substring test per cue)."""
        return {name: re.compile(" (?:" + "|".join(map(re.escape, sorted(words))) + ") ")
                for name, words in self.cues.items() if words}

    def cue_in(self, name: str, text: str) -> bool:
        """Does *text* (words joined and padded with spaces) hold a cue of the list *name* ("ready to")?"""
        pattern = self.cue_patterns.get(name)
        return pattern is not None and pattern.search(text) is not None

    @cached_property
    def give_verbs(self) -> frozenset[str]:
        """The one-word supply verbs ("send", "hand", "gift", "fund")."""
        return frozenset(e.words[0] for e in self.triggers if e.frame == "give" and len(e.words) == 1)

    @cached_property
    def receive_verbs(self) -> frozenset[str]:
        """The one-word receiving verbs ("receive", "buy", "import", "obtain")."""
        return frozenset(e.words[0] for e in self.triggers if e.frame == "receive" and len(e.words) == 1)

    @cached_property
    def aid_nouns(self) -> frozenset[str]:
        """Nouns that name aid or an offer ("assistance", "offers")."""
        return frozenset(e.words[0] for e in self.triggers if e.frame in ("aid-noun", "offer-noun"))

    @cached_property
    def categories_by_first_word(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """Item keywords indexed by their first word, longest first."""
        table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for keyword, category in self.categories:
            table.setdefault(keyword[0], []).append((keyword, category))
        return {word: tuple(entries) for word, entries in table.items()}

    def categorise(self, words: list[str]) -> tuple[list[str], str | None]:
        """Categories of an item (in text order, no repeats) and its item class.

        >>> load_lexicon().categorise("essential food supplies and solar panels".split())
        (['food', 'energy'], 'food')
        """
        found: list[tuple[int, str, str]] = []
        i = 0
        lowered = [w.lower() for w in words]
        # "air defences", "ambulances": a plural the list gives only in the singular
        singular = [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in lowered]
        index = self.categories_by_first_word
        while i < len(lowered):
            if lowered[max(0, i - 2):i] == ["non", "-"] or lowered[i].startswith("non-"):
                i += 1  # "non-food items", "non-military equipment": not of that kind
                continue
            for keyword, category in index.get(lowered[i], ()) or index.get(singular[i], ()):
                if tuple(lowered[i:i + len(keyword)]) == keyword or tuple(singular[i:i + len(keyword)]) == keyword:
                    found.append((i, category, " ".join(keyword)))
                    i += len(keyword) - 1
                    break
            i += 1
        categories: list[str] = []
        for _, category, _ in found:
            if category not in categories:
                categories.append(category)
        return categories, (found[0][2] if found else None)


def aid_nouns_and(extra: frozenset[str]) -> frozenset[str]:
    """The lexicon's aid nouns with a rule's own *extra* nouns, united once rather than per sentence."""
    return _united(load_lexicon().aid_nouns, extra)


@lru_cache(maxsize=16)
def _united(first: frozenset[str], second: frozenset[str]) -> frozenset[str]:
    return first | second  # keyed by both sets (whose hashes Python keeps), so a reloaded lexicon is seen


@lru_cache(maxsize=1)
def load_lexicon() -> AidLexicon:
    try:
        raw = tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ExtractionError(f"{RULES_FILE}: {err}") from None
    triggers: list[Entry] = []
    for frame in ("give", "receive", "deny"):
        for status, words in raw[frame].items():
            if status not in AID_STATUSES:
                raise ExtractionError(f"{RULES_FILE}: unknown status {status!r} in [{frame}]")
            triggers.extend(Entry(tuple(w.split()), frame, status) for w in words)
    triggers.extend(Entry((w,), "aid-noun", "unspecified") for w in raw["nouns"]["aid"])
    triggers.extend(Entry((w,), "offer-noun", "offered") for w in raw["nouns"]["offer"])
    triggers.extend(Entry((w,), "offer-noun", "pledged") for w in raw["nouns"].get("pledge", []))
    triggers.extend(Entry((w,), "include", "unspecified") for w in raw["nouns"]["include"])
    triggers.extend(Entry((w,), "purchase-noun", "delivered") for w in raw["nouns"].get("purchase", []))
    categories = []
    for category, words in raw["categories"].items():
        if category not in AID_CATEGORIES:
            raise ExtractionError(f"{RULES_FILE}: unknown category {category!r}")
        categories.extend((tuple(w.lower().split()), category) for w in words)
    categories.sort(key=lambda pair: -len(pair[0]))
    return AidLexicon(
        version=raw["version"],
        triggers=tuple(sorted(triggers, key=lambda e: -len(e.words))),
        cues={key: frozenset(values) for key, values in raw["cues"].items()},
        vehicles=frozenset(raw["cargo"]["vehicles"]),
        cargo_links=tuple(tuple(link.split()) for link in raw["cargo"]["links"]),
        categories=tuple(categories),
        noun_like=frozenset(raw["cues"].get("noun_like", [])),
        money_only=frozenset(raw["cues"].get("money_only", [])),
        amount_next=frozenset(raw["cues"].get("amount_next", [])),
        recipient_alone=frozenset(raw["cues"].get("recipient_alone", [])),
        aid_object_only=frozenset(raw["cues"].get("aid_object_only", [])),
        with_only=frozenset(raw["cues"].get("with_only", [])),
        restrictions=frozenset(raw["cues"].get("restrictions", [])),
        recipient_object=frozenset(raw["cues"].get("recipient_object", [])),
        supplier_nouns=frozenset(raw["nouns"].get("supplier", [])),
        buyer_nouns=frozenset(raw["nouns"].get("buyer", [])),
    )
