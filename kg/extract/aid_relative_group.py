"""The actors a relative clause stands for when they are a list or counted: "Pakistan and Azerbaijan,
which have received jets from Turkey", "Jamaica and the Bahamas, each of which has pledged troops",
"Chad and Niger, both of whom". Every member of the list before the comma is the clause's subject.
"""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

_COUNTED = frozenset("both each all some most several many two three either".split())


def relative_start(view: SentenceView, j: int) -> int | None:
    """The comma before the relative pronoun at *j* (", which", ", both of which"), or None."""
    if j >= 2 and view.lower[j - 1] == ",":
        return j - 1
    if j >= 4 and view.lower[j - 1] == "of" and view.lower[j - 2] in _COUNTED and view.lower[j - 3] == ",":
        return j - 3
    return None


def listed_antecedent(view: SentenceView, comma: int) -> tuple[tuple[EntityRef, ...], int | None]:
    """The actors listed right before *comma* ("Pakistan and Azerbaijan", "Jamaica and the Bahamas") and
    where the list starts; ((), None) when no actor ends there. Without "and" only the last actor counts
    ("jets to Egypt, Turkey, which ...")."""
    last = view.actor_at.get(comma - 1)
    if last is None:
        return (), None
    members = [last]
    k = last.first - 1
    while k >= 1:
        k -= view.lower[k] == "the"
        if view.lower[k] not in ("and", ",") or (k - 1) not in view.actor_at:
            break
        mention = view.actor_at[k - 1]
        if mention.how == "demonym" or view.possessive(mention):
            break  # "the Saudi and Emirati ..." or "Egypt's and ...": not a list of actors
        members.insert(0, mention)
        k = mention.first - 1
    if "and" not in view.lower[members[0].first:comma]:
        members = members[-1:]
    return unique(m.entity for m in members), members[0].first
