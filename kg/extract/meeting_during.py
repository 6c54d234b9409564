"""Talks held during a visit are that visit (M4: one record per meeting): in "Ruto arrived in Addis Ababa
for a state visit, during which he held talks with Abiy Ahmed" the visit to Ethiopia and the talks with Abiy
are one meeting, the talks with the host's person, not the visitor with the host state besides."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Meeting


def during_visit(view: SentenceView, c_first: int) -> bool:
    """Does the clause at *c_first* open with ", during which" or ", where" (a relative clause of the visit)?"""
    return view.lower[c_first] == "where" or (
        view.lower[c_first] == "during" and c_first + 1 < len(view.tokens) and view.lower[c_first + 1] == "which")


def without_visit(found: list[Meeting], talks: Meeting) -> list[Meeting]:
    """*found* without the visit of the same sentence whose visitor holds *talks* with a person."""
    if not any(p.kind == "person" for p in talks.participants[1:]):
        return found
    return [m for m in found if not (
        m.kind == "visit" and m.evidence.sentence_start == talks.evidence.sentence_start
        and len(m.participants) == 2 and m.participants[1].kind == "state" and m.participants[0] in talks.participants)]
