"""Pronouns of meetings. A pronoun right after a speech verb refers to the speaker named before it: in "Erdogan,
whose country applied to join the bloc, said he would travel to Kazan" it is Erdogan who travels, not the person
of the sentence before. A sentence that names a person only as an owner ("X's first trip abroad") still names
whom the next "he" refers to."""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import Mention

_HE_SHE = frozenset(("he", "she"))


@needs(lambda: _HE_SHE, nothing=False)
def bound_pronoun(view: SentenceView, c_first: int, c_last: int) -> bool:
    """Does "he"/"she" follow a speech verb whose subject, a person, is named before it in the clause?"""
    for j in range(max(c_first, 1), c_last):
        if view.lower[j] in ("he", "she") and view.lower[j - 1] in SAID_SAYS:
            return any(m.entity.kind == "person" and c_first <= m.first and m.last < j for m in view.actors)
    return False


def referents(view: SentenceView, persons: list[Mention]) -> list[Mention]:
    """The persons of the sentence a later "he"/"she" may refer to, in order: those not named as owners, else the
    owners ("The trip is Min Aung Hlaing's first abroad. He will travel on to Belarus": Min Aung Hlaing)."""
    if not persons:
        return []  # (most sentences)
    ordered = sorted(persons, key=lambda m: m.first)
    return [m for m in ordered if not view.possessive(m)] or ordered


@needs(lambda: _HE_SHE, nothing=False)
def pronoun_subject(view: SentenceView, c_first: int, c_last: int, at: int) -> bool:
    """"he"/"she" is a side next to two or more persons named: coordinated ("he and Orban met Xi") or the subject of
    the meeting verb ending at *at*, with no person named between ("He met Sisi and Abdelatty", "On Monday she
    will meet X and Y"), not "He said X and Y had met"."""
    if any(view.lower[j] in ("he", "she") and view.lower[j + 1] == "and" for j in range(c_first, c_last - 1)):
        return True
    j = next((k for k in range(c_first, at) if view.lower[k] in ("he", "she")), None)
    return j is not None and not any(m.entity.kind == "person" and c_first <= m.first < at for m in view.actors)


# not "the": "The talks with Xi came during a busy week" names again the talks told before
_OPENERS = frozenset("a an another further new first second third bilateral separate planned possible".split())
_NOUNS = frozenset("meeting talks".split())


def subjectless(view: SentenceView, c_first: int, at: int) -> bool:
    """"A meeting with Indonesian Foreign Minister Sugiono is planned", "Talks with President Ruto are expected":
    a sentence that opens with a meeting noun (after an article or a few such words) and "with" names one side
    only; the other is the person the sentence before was about."""
    if c_first != 0 or at >= len(view.tokens) or view.lower[at] != "with" or view.lower[at - 1] not in _NOUNS:
        return False
    return all(view.lower[j] in _OPENERS for j in range(c_first, at - 1))
