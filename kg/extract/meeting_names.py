"""A meeting noun inside the name of a body that speaks: "The Conference of Catholic Bishops of Cuba has said
...", "the Forum of Small States said ..." name an organisation, not a meeting (M1): a meeting does not speak,
while "The Summit of the Americas opened in Lima" is one."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.event_rules import rules
from kg.extract.view import SentenceView

_JOINERS = frozenset("of for and on".split())
_HAVE = frozenset("has have had".split())


@lru_cache(maxsize=1)
def _speech() -> frozenset[str]:
    claim = rules()["claim"]  # the claim cues of the same rule file
    return frozenset(w for key in ("neutral", "opposes", "supports", "denies") for w in claim[key])


def body_name(view: SentenceView, first: int, last: int) -> bool:
    """The capitalised meeting noun at *first*..*last* heads a name ("Conference of Catholic Bishops") that is
    the subject of a verb of speech ("has said", "warned")."""
    if not view.tokens[first].text[:1].isupper() or last >= len(view.tokens) or view.lower[last] not in _JOINERS:
        return False
    k = last
    while k + 1 < len(view.tokens) and view.lower[k] in _JOINERS and view.tokens[k + 1].text[:1].isupper():
        k += 2
        while k < len(view.tokens) and view.tokens[k].text[:1].isupper():
            k += 1
    if k == last or k >= len(view.tokens):
        return False
    if view.lower[k] in _HAVE and k + 1 < len(view.tokens):
        k += 1
    return view.lower[k] in _speech()
