"""A state's body named before a relative aside: "Brazil's government, which has tried to mediate, said",
"China's embassy in Manila, which rarely comments, said". The speaker stands before the aside, as it
does for a person ("Erdogan, who met Putin last month, said") and for "Japan's foreign ministry, which
...": the government is its state, an embassy or ministry keeps its name (gold rule C2)."""

from __future__ import annotations

from kg.extract.claim_relative_name import name_before_relative
from kg.extract.claim_speaker_bodies import name_with_state
from kg.extract.view import SentenceView
from kg.model import EntityRef

_BOUNDS = frozenset([",", ".", ";", '"', "“", "”"])


def body_before_aside(view: SentenceView, comma: int, institution, speaks_for) -> tuple[EntityRef, int] | None:
    """The state body that opens the chunk ending at the aside's *comma*: (the speaker, where it starts),
    or None. *institution* and *speaks_for* are the claims stage's readers of a state's bodies."""
    start = comma - 1
    while start > 0 and view.lower[start - 1] not in _BOUNDS:
        start -= 1
    k = start + (view.lower[start] == "the")
    mention = view.actor_at.get(k)
    if mention is None and start == 0:
        return name_before_relative(view, comma - 1)  # "JANAF, which carries crude to Pancevo, said"
    if mention is None or mention.first != k or mention.entity.kind != "state":
        return None
    body = institution(view, mention, comma)
    if body is not None:
        return body[0], mention.first  # "China's embassy in Manila, which ..."
    if view.possessive(mention) and speaks_for(view, mention, comma):
        return mention.entity, mention.first  # "Brazil's government, which ..."
    named = name_with_state(view, mention, comma) if mention.how == "name" else None
    if named is not None:
        return named, mention.first  # "The Kenya Pipeline Company, which runs the storage network, said"
    return None


def government_before_comma(view: SentenceView, mention, speaks_for) -> EntityRef | None:
    """"Kenya's government, in a statement, said": a state's possessed body that ends at a comma is its
    state (as "Kenya's government said" is), found when walking back over the aside; else None."""
    if mention is None or mention.entity.kind != "state" or not view.possessive(mention):
        return None
    comma = next((k for k in range(mention.last, min(mention.last + 6, len(view.tokens))) if view.lower[k] == ","), None)
    return mention.entity if comma is not None and speaks_for(view, mention, comma) else None
