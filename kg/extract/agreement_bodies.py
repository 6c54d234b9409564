"""A state that acts through a body named before it is a party (G2): "renewed a swap line with the People's
Bank of China", "signed a loan agreement with the government of Ghana", "the junta in Niamey terminated a
military agreement with the United States". "of" and "in" govern the state there, yet the body signs for it."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

# bodies that act for the state named after "of": "the central bank of Egypt", "the government of Peru"
_OF = frozenset("government governments bank ministry president presidency cabinet junta authorities "
                "administration republic kingdom parliament".split())
# seats of power named by the capital after "in": "the government in Kabul", "the authorities in Tehran"
_IN = frozenset("government junta authorities regime administration leadership rulers".split())


def body_of(view: SentenceView, mention: Mention) -> bool:
    """Is *mention* a state named after "of" and a body that acts for it ("the People's Bank of China")?"""
    i = mention.first - 1
    return mention.entity.kind == "state" and mention.how != "demonym" and i >= 1 and view.lower[i] == "of" \
        and view.lower[i - 1] in _OF


def seats(view: SentenceView, first: int, last: int) -> list[Mention]:
    """Capitals in the span named as a seat of power ("the junta in Niamey", "the government in Kabul"); the
    view leaves them out of its actors as places ("signed in Paris", "investments in Egypt" stay out). Not
    where the body has its own state before it: in "a peace accord with the Ethiopian government in Pretoria"
    Pretoria is where it was signed."""
    return [m for m in view.state_in(first, last) if m.how == "capital" and m.first >= 2
            and view.lower[m.first - 1] == "in" and view.lower[m.first - 2] in _IN
            and not any(o.entity != m.entity and o.last == m.first - 2 for o in view.actors)]
