"""Rule-table phrases in a sentence, and the words around an actor, shared by agreements and meetings.

* :func:`phrases`: where the multi-word keys of one section of ``kg/rules/events.toml`` occur.
* :func:`governor`: the preposition before an actor ("from the United States" -> "from").
* :func:`pair_words`: whether a span holds one of a list of phrases ("the two leaders").
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.agreement_spans import AREA_WORDS
from kg.extract.event_rules import rules as _rules
from kg.extract.view import LOCATIVE, PREPOSITIONS, SentenceView
from kg.model import Mention


@lru_cache(maxsize=8)
def _index(kind: str, section: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Phrases of one rule table (``_rules()[kind][section]``) indexed by first word, longest first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, value in sorted(_rules()[kind][section].items(), key=lambda kv: -len(kv[0].split())):
        words = tuple(key.split())
        index.setdefault(words[0], []).append((words, value))
    return index


@lru_cache(maxsize=8)
def _openers(kind: str, section: str) -> frozenset[str]:
    """The first words of the phrases of one rule table, as a set (quicker to test against a sentence's words
    than the keys of :func:`_index`)."""
    return frozenset(_index(kind, section))


def phrases(view: SentenceView, kind: str, section: str) -> list[tuple[int, int, str]]:
    """Occurrences of the multi-word keys of a rule table (matched on lower-case text or lemma)."""
    lowers, lemmas = view.lower, view.lemmas
    if _openers(kind, section).isdisjoint(view.sentence.cue_set):
        return []  # no word or lemma of the sentence opens a key
    index = _index(kind, section)
    # where a key can start (most sentences have no such word): the other words are passed over
    starts = [j for j, lower in enumerate(lowers) if lower in index or lemmas[j] in index]
    found, i = [], 0
    for start in starts:
        if start < i:
            continue
        i = start
        lower, lemma = lowers[i], lemmas[i]
        candidates = index.get(lower, [])
        # then the keys its lemma opens where the lemma is another word ("met": "meet"), but not an -ing or -ed
        # word's for an agreement noun ("according to", "dealing with")
        if lemma != lower and lemma in index and not (kind == "agreement" and lower.endswith(("ing", "ed"))):
            candidates = candidates + index[lemma]
        for words, value in candidates:
            n = len(words)
            if lowers[i:i + n] == words or lemmas[i:i + n] == words:  # (slices of tuples: tuples)
                found.append((i, i + n, value))
                i += n - 1
                break
        i += 1
    return found


def governor(view: SentenceView, mention: Mention) -> str | None:
    """The preposition governing a mention ("from the United States" -> "from"), if any."""
    i = mention.first - 1
    comma = False
    while i >= 0 and (view.lower[i] in ("the", "both", "and", ",") or view.lower[i] in AREA_WORDS or i in view.actor_at):
        if view.lower[i] == "," and not comma and _setting_end(view, i):
            return None  # "At a summit in Astana, Kyrgyzstan and Tajikistan signed ...": the setting ends at its comma
        comma = comma or view.lower[i] == ","
        i -= 1
    if i >= 1 and i == mention.first - 1 and view.lower[i] in ("a", "an") and mention.how == "demonym" \
            and view.lower[i - 1] == "with":
        i -= 1  # "with a Qatari state company": the demonym names the other side (G2)
    if comma and i == 0:
        return None  # "In Nicosia, Cyprus and Lebanon signed ...": the fronted place ends at its comma
    return view.lower[i] if i >= 0 and view.lower[i] in PREPOSITIONS else None


_SETTING_OPENERS = LOCATIVE | frozenset(("on", "during"))


def _setting_end(view: SentenceView, comma: int) -> bool:
    """Does the comma at *comma* close a fronted setting that ends in a capital or state ("At a summit in Astana,",
    "Meeting in Moscow,", "At talks in Beijing,"), with no other actor or comma in it?"""
    place = view.actor_at.get(comma - 1)
    if place is None or place.first < 2 or view.lower[place.first - 1] not in LOCATIVE:
        return False  # "In Nicosia, Cyprus and Lebanon ...": the preposition opens the sentence (see governor)
    opener = view.tokens[0].text
    return (view.lower[0] in _SETTING_OPENERS or opener.endswith("ing") and opener.isalpha()) and not any(
        view.lower[k] == "," or k in view.actor_at for k in range(1, place.first - 1))


def pair_words(view: SentenceView, first: int, last: int, words: list[str]) -> bool:
    """Whether the span *first*..*last* holds one of *words* ("the two leaders", "both sides")."""
    text = " ".join(view.lower[first:last])
    for phrase in words:  # (a plain loop: cheaper than any() over a generator for a short list)
        if phrase in text:
            return True
    return False
