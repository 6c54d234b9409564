"""Auxiliaries and asides between a speaker and its speech verb: "X, for his part, has called Y ...",
"X has traded barbs with Y and has accused Z of ...". The speaker stands before the aside or the first
verb, never after the speech verb, where the one spoken of or to stands ("called Petro", "complained to
Lammy")."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_participles import owner_opening, subject
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

# auxiliaries and adverbs that may stand between a subject (or an aside's comma) and its speech verb
_BETWEEN = frozenset("has have had also since long repeatedly previously already often now then again earlier "
                     "later publicly openly privately separately".split())


def auxiliaries_only(view: SentenceView, start: int, verb: int) -> bool:
    """Do only auxiliaries and adverbs stand from *start* up to the speech verb at *verb* (", has said")?"""
    if not (start < verb and all(view.lower[k] in _BETWEEN for k in range(start, verb))):
        return False
    comma = start - 1  # the aside before: ", for his part,", ", in turn,", ", meanwhile,"
    opening = next((k for k in range(comma - 1, max(0, comma - 13), -1) if view.lower[k] == ","), None)
    if opening is not None and view.lower[opening + 1] not in ("who", "which") and comma - opening > 6:
        return False  # a long aside must be a relative clause: "Mahama, who takes office in January, has said"
    if opening is None or opening + 1 >= comma or opening - 1 not in view.actor_at:
        return False
    if view.lower[opening + 1] in _ASIDE_OPENERS:
        return True
    after = view.actor_at.get(opening + 1)  # ", the Nigerian president, has denied", ", Ghana's president, has said"
    return view.actor_at[opening - 1].entity.kind == "person" and (view.lower[opening + 1] in ("the", "a", "an") or (
        after is not None and after.entity.kind == "state" and after.first == opening + 1))


_TO_WHOM = frozenset("to with at against about".split())
_ASIDE_OPENERS = frozenset("for in on at meanwhile however though too by like unlike speaking asked who which".split())


_TELLS = frozenset("told tells briefed informed assured urged thanked accused praised criticised criticized "
                   "welcomed blamed congratulated".split())  # their object is the one addressed




def person_after(view: SentenceView, verb: int, opens_chunk: bool) -> tuple[EntityRef, int] | None:
    """"..., said Jorge Arreaza": a person right after a speech verb that opens its chunk speaks. A verb
    with its own subject before it ("has called Petro", "had complained to Lammy") has an object there."""
    if view.lower[verb] in _TELLS:
        return None  # "..., Ekpo, has told Ghanaian President John Mahama": the person told is no speaker (claims27)
    for k in range(verb + 1, min(verb + 4, len(view.tokens))):
        if k in view.actor_at and view.actor_at[k].entity.kind == "person":
            if not opens_chunk and view.lower[k - 1] in _TO_WHOM:
                return None  # "had complained to Lammy in a letter": the one addressed
            if view.possessive(view.actor_at[k]):
                return None  # "the parliament backed Kobakhidze's cabinet": the owner of the object
            if not opens_chunk and k == verb + 1 and view.lower[verb] in SAID_SAYS:
                return None  # "The presidential office said Yoon would attend": the subject of what was said
            return view.actor_at[k].entity, k
    return None


def coordinated_subject(view: SentenceView, j: int, commits: frozenset[str],
                        institution: Callable, speaker: Callable[[Mention], EntityRef]) -> tuple[EntityRef, int] | None:
    """"A US delegation visited Honiara and warned that ...", "Petro has traded insults with Trump and has
    accused Washington of ...": the verb after "and" (and its auxiliaries) shares the subject."""
    k = j - 1
    while k > 0 and view.lower[k] in _BETWEEN:
        k -= 1
    if k < 2 or view.lower[k] not in ("and", "but") or view.lower[k - 1] == "," \
            or view.lower[j] in commits:  # "... and pledged to": often an act the report relays
        return None
    mention = subject(view, k)
    if mention is None and (owner := owner_opening(view)) is not None:
        body = institution(view, owner)  # "Japan's foreign ministry summoned the Chinese envoy and said ...": not
        if body is not None:  # the envoy; "Hungary's foreign minister met ... and said": Hungary (C2)
            return body[0], owner.first
        after = owner.last + 1  # past "'s"; "Chile's National Service ...": a named body, read elsewhere
        return (owner.entity, owner.first) if after < k and view.tokens[after].text.islower() else None
    if mention is None:
        return None
    if mention.entity.kind == "person":
        return mention.entity, mention.first  # "U.S. President Joe Biden spoke to Zelensky and warned ..."
    body = institution(view, mention)
    return (body[0] if body is not None else speaker(mention)), mention.first
