"""Unnamed media and authorities after "according to": "according to local media", "according to New Zealand
media", "according to Australian authorities" are the group as written (gold rule C2: generic speakers by their
words), not the state named in the description. Bare "officials" and "diplomats" are left to the readers
before: read here, they lowered dev half B."""

from __future__ import annotations

from kg.extract.claim_cues import group
from kg.extract.view import PREPOSITIONS, SentenceView
from kg.model import EntityRef

_NOUNS = frozenset("media outlets authorities reports".split())  # "according to local reports" (claims27)
_STOPS = frozenset(", . ; : ( ) \" “ ”".split())
_NOT_MODIFIERS = PREPOSITIONS | frozenset("the its their his her and or".split())
_REACH = 4  # at most three words before the noun: "Russian state media", "some local outlets"


def group_source(view: SentenceView, start: int) -> tuple[EntityRef, int, int] | None:
    """The media or authorities named from token *start* to the end of the phrase (speaker, first token,
    end), or None when the phrase is no bare group ("according to details given by local authorities")."""
    n = len(view.tokens)
    g = start
    while g < n and g - start < _REACH and view.lower[g] not in _NOUNS:
        if view.lower[g] in _STOPS or view.lower[g] in _NOT_MODIFIERS or view.lower[g].endswith("ed") \
                or not view.tokens[g].text.replace("-", "").replace(".", "").isalpha():
            return None  # a longer phrase whose source is not the group's own words
        g += 1
    if g >= n or view.lower[g] not in _NOUNS or view.tokens[g].text != view.lower[g]:
        return None  # "according to Reuters"; a capitalised "Authorities" is part of a name
    if view.lower[g] == "reports" and any(view.tokens[k].text[:1].isupper() and k not in view.actor_at
                                          for k in range(start, g)):
        return None  # "according to Reuters reports": an outlet's report, not reports as a group
    named = {view.actor_at[k].entity for k in range(start, g) if k in view.actor_at}
    if len(named) > 1 or any(ref.kind != "state" for ref in named):
        return None  # "EU media", "Kenyan and Ugandan media": not one bare group
    if g + 1 < n and view.lower[g + 1] not in _STOPS:
        return None  # "according to media reports", "authorities in the region": a longer phrase
    return group(view, g), start, g + 1
