"""Relative clauses after an agreement noun. The hypothetical cues of the main clause stop at "which"/"that":
"would honour the Association Agreement, which Georgia and the EU signed in 2014" is signed. And the stage of
an agreement told by a reduced relative clause right after its noun: "pulled out of the Black
Sea Grain Initiative, the deal Russia and Ukraine signed in 2022", "the pact Putin and Kim had concluded on
Wednesday", "the agreement the two sides reached": the verb after the noun is the accord's own (AG2), not the
verb of the clause around it."""

from __future__ import annotations

from kg.extract.view import SentenceView

_FILLERS = frozenset(", and the two both sides countries governments leaders it they he she we had have has "
                     "separately also 's ’s parliament lawmakers legislature".split())
_WHEN = frozenset("in on last this year".split())


def relative_verb(view: SentenceView, noun: int, end: int, verbs: frozenset[str]) -> int | None:
    """Where the verb of *verbs* of a reduced relative clause after the noun ending at *noun* is, else None:
    the noun, an optional "that"/"which", names or pronouns (with "and", "had"), then the verb."""
    j = noun + 1
    time = j  # "a defence pact in 2019, which Kenya's parliament ratified in May": past a date and its comma
    while time < end and time - j < 4 and (view.lower[time] in _WHEN or view.tokens[time].text.isdigit()):
        time += 1
    if time > j and time + 1 < end and view.lower[time] == "," and view.lower[time + 1] == "which":
        j = time + 1
    if j < end and view.lower[j] in ("that", "which"):
        j += 1
    start = j
    while j < end and j - start < 8 and (j in view.actor_at or view.lower[j] in _FILLERS
                                         or view.tokens[j].text[:1].isupper()):
        j += 1
    if j == start or j >= end or not any(k in view.actor_at or view.tokens[k].text[:1].isupper()
                                         or view.lower[k] in ("it", "they", "sides", "countries")
                                         for k in range(start, j)):
        return None
    return j if view.lemmas[j] in verbs else None


def cues_from(view: SentenceView, first: int, at: int, noun: int | None) -> int:
    """Where the modal cues of the status verb at *first* + *at* start (relative to *first*): after a "which" or
    "that" between the noun ending at *noun* and the verb, else at *first*."""
    if noun is None or first + at <= noun:
        return 0
    rel = next((j for j in range(first + at - 1, noun, -1) if view.lower[j] in ("which", "that")), None)
    return rel - first + 1 if rel is not None else 0
