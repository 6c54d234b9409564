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
    partner = _past_partner(view, j, end)  # "the treaty with the United States, which the two countries signed"
    if partner is not None:
        j = partner
    if j < end and view.lower[j] in ("that", "which"):
        j += 1
        if j + 1 < end and view.lower[j] in ("was", "were") and view.lemmas[j + 1] in verbs \
                and view.lower[j + 1].endswith("ed"):
            return j + 1  # "a military agreement with the United States that was signed in 2012"
    elif partner is not None:
        return None
    start = j
    while j < end and j - start < 8 and (j in view.actor_at or view.lower[j] in _FILLERS
                                         or view.tokens[j].text[:1].isupper()):
        j += 1
    if j == start or j >= end or not any(k in view.actor_at or view.tokens[k].text[:1].isupper()
                                         or view.lower[k] in ("it", "they", "sides", "countries")
                                         for k in range(start, j)):
        return None
    return j if view.lemmas[j] in verbs else None


def _past_partner(view: SentenceView, j: int, end: int) -> int | None:
    """Where a "with"/"between" phrase of names at *j* ends, past its comma, when "which"/"that" follows:
    "with the United States, which", "between Kenya and Uganda that"; else None."""
    if j >= end or view.lower[j] not in ("with", "between"):
        return None
    k = j + 1
    while k < end and k - j <= 8 and (k in view.actor_at or view.lower[k] in ("the", "and")):
        k += 1
    if k == j + 1 or not any(i in view.actor_at for i in range(j + 1, k)):
        return None
    if k < end and view.lower[k] == ",":
        k += 1
    return k if k < end and view.lower[k] in ("which", "that") else None


def cues_from(view: SentenceView, first: int, at: int, noun: int | None) -> int:
    """Where the modal cues of the status verb at *first* + *at* start (relative to *first*): after a "which" or
    "that" between the noun ending at *noun* and the verb, else at *first*."""
    if noun is None or first + at <= noun:
        return 0
    rel = next((j for j in range(first + at - 1, noun, -1) if view.lower[j] in ("which", "that")), None)
    return rel - first + 1 if rel is not None else 0
