"""The host state a visitor goes to: "visited Russia", "was in Beijing", "travelled to the Emirates" (README M1:
a visit to the host state counts, and its side is the state when no host official is named)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention


def host_word(view: SentenceView, at: int) -> bool:
    """The state named at *at* follows "to", "in", "into" or a form of "visit", over a "the" that belongs to its
    name ("to the United Arab Emirates", "visited the Philippines")."""
    k = at - 1
    if k > 0 and view.lower[k] == "the":
        k -= 1
    return k >= 0 and (view.lower[k] in ("to", "in", "into") or view.lemmas[k] == "visit")


def host_place(view: SentenceView, c_first: int, c_last: int, host: Mention, place: EntityRef | None
               ) -> EntityRef | None:
    """The clause's place when it lies in the host state ("flew to the United States for talks in Washington"),
    else None: a city of another state is no place of this visit."""
    if place is None:
        return None
    if place.country == host.entity.key:
        return place
    return place if any(m.how == "capital" and m.entity == host.entity and m.first != host.first
                        for m in view.state_in(c_first, c_last)) else None


def at_home(view: SentenceView, host: Mention, visitor: EntityRef) -> bool:
    """Is the host state the visitor itself, or the visitor's own state as the sentence ties it to him: a
    demonym or possessive a few words before his name ("hosted by Kenyan President William Ruto" in Nairobi,
    "Kenya's president, William Ruto"): a leader at home visits no one."""
    if host.entity == visitor:
        return True
    for m in view.actors:
        if m.entity != visitor:
            continue
        return any(o.entity == host.entity and 0 < m.first - o.last <= 4 and _title_between(view, o, m.first)
                   for o in view.actors)
    return False


_TITLE_WORDS = frozenset("president prime minister leader foreign defence defense king emir crown prince chancellor "
                         "premier , 's ’s".split())


def _title_between(view: SentenceView, owner: Mention, first: int) -> bool:
    """"Kenyan President William Ruto", "Kenya's president, William Ruto": only title words between the state
    and the name (not "Indonesia since Biden")."""
    between = range(owner.last, first)
    if owner.how == "name" and (not between or view.lower[owner.last] not in ("'s", "’s")):
        return False
    return owner.how in ("demonym", "name") and all(
        view.lower[k] in _TITLE_WORDS or view.tokens[k].text[:1].isupper() for k in between)
