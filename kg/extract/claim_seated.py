"""A speaker described by its seat: "a London-based monitoring group said", "The report, published by a
Paris-based think tank, said". The place only says where the speaker sits; it is never the speaker
(gold rule C2), as "the Washington-based lender" is the lender named before. An unnamed one is
recorded by the words that describe it ("monitoring group", "think tank"); one set off after a person's
name describes that person, who speaks."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_GAP = frozenset("has have had also".split())
_LONGEST = 3  # words after "-based": "monitoring group", "human rights group"


@needs("based")
def seated_speaker(view: SentenceView, verb: int, described: Callable[[int], EntityRef | None]):
    """(the speaker, where its description starts) when the words right before the speech verb at *verb*
    (or before a comma right before it) are "<place>-based <words>"; else None. *described* resolves a
    description's head noun at a token to someone named before ("the Washington-based lender")."""
    end = verb
    while end > 0 and view.lower[end - 1] in _GAP:
        end -= 1
    if end > 0 and view.lower[end - 1] == ",":
        end -= 1
    head = end - 1
    k = head
    while k > 0 and head - k < _LONGEST and view.tokens[k].text.isalpha() and view.tokens[k].text.islower() \
            and view.lower[k] != "based":
        k -= 1
    if k == head or k < 2 or view.lower[k] != "based" or view.lower[k - 1] != "-" or k - 2 not in view.actor_at:
        return None
    seat = view.actor_at[k - 2]
    start = seat.first - (seat.first > 0 and view.lower[seat.first - 1] in ("a", "an", "the"))
    named = next((m for m in view.actors if m.last == start - 1), None) if start > 1 and view.lower[start - 1] == "," \
        else None
    if named is not None and named.entity.kind == "person":  # "Abdul Hamid Dbeibah, the Tripoli-based prime
        return named.entity, named.first  # minister, said": the description is the person's, who speaks
    if (known := described(head)) is not None and known.kind != "state":
        return known, start
    words = " ".join(view.tokens[x].text for x in range(k + 1, head + 1))
    return EntityRef("group", slug(words), words), start
