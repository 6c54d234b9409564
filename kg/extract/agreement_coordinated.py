"""Accords of different kinds named together in one clause are one record each (AG3: two accords between the
same parties are two records): "signed a loan agreement and two memoranda of understanding", "an agreement on
a nuclear plant, as well as a memorandum on training" give a credit line and a partnership, where the clause
gave only the first kind. A noun that only names the same accord again ("a strategic partnership with a
tripartite agreement") is not coordinated with it by "and" and stays one record."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.evidence import evidence
from kg.extract.view import SentenceView
from kg.model import Agreement

_OPENERS = frozenset("a an the another two three four five six seven eight nine ten several its their".split())
_BREAKS = frozenset("; : — – which that who under after before while when".split())


def coordinated(view: SentenceView, first: int, other: int) -> bool:
    """Do the agreement nouns starting at *first* and *other* stand in one coordination, the later one's phrase
    opened by "and" or "as well as" past only lower-case words and numbers ("and two memoranda")?"""
    a, b = sorted((first, other))
    if a == b or any(view.lower[j] in _BREAKS for j in range(a, b)):
        return False
    for j in range(b - 1, max(a, b - 6), -1):
        word = view.lower[j]
        if word == "and" or (word == "as" and j >= 2 and view.lower[j - 1] == "well" and view.lower[j - 2] == "as"):
            opener = view.tokens[j + 1].text
            return view.lower[j + 1] in _OPENERS or opener[:1].isdigit()  # "and two memoranda", not "defence and aviation"
        text = view.tokens[j].text
        if word in ("of", "on", "for", "with"):
            return False  # "memoranda of understanding": the noun's own complement, not a second accord
        if not (text.islower() and text.replace("-", "").isalpha() or text[:1].isdigit() or word == "-"):
            return False
    return False


def also_named(view: SentenceView, doc_id: str, made: list[Agreement], first: int, last: int,
               kind: str) -> list[Agreement]:
    """The records of the clause's first accord (*made*) again with the coordinated noun's own *kind* and quote."""
    if not made or kind in {a.kind for a in made}:
        return []
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:view.tokens[last - 1].end - sentence.start]
    quote = evidence(sentence, doc_id, first, last)
    return [replace(a, kind=kind, evidence=quote, name=name) for a in made[:1]]
