"""The pair a hyphenated compound names before an agreement noun: "the Thai-China contract", "the
US-India nuclear deal" are accords of those two states, whoever else the clause names ("China did not
consult Germany before signing the Thai-China contract")."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef


def compound_pair(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """The two actors joined by a hyphen that open the noun phrase of the agreement noun at *first* (at most
    two words between, lower-case ones: "the Indonesia-Vietnam fisheries agreement"); () if there are none."""
    for end in range(first, max(first - 3, 0), -1):  # the second actor ends at *end*
        if end - 1 not in view.actor_at:
            if end < first and not view.lower[end].isalpha():
                return ()
            continue
        second = view.actor_at[end - 1]
        if any(not view.tokens[j].text.islower() for j in range(end, first)):
            return ()
        hyphen = second.first - 1
        if hyphen < 1 or view.lower[hyphen] != "-" or hyphen - 1 not in view.actor_at:
            return ()
        one = view.actor_at[hyphen - 1]
        return (one.entity, second.entity) if one.entity != second.entity else ()
    return ()
