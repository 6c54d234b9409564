"""A statement named as the subject of the speech verb, with its issuer: "A statement released by the White
House said ...", "A statement from Gazprom said ...", "The communique, issued by the Kremlin, said ..." are
the issuer's words (gold rule C1: a statement is attributed to whoever issued it), as "A Kremlin statement
said" and "A statement from Japan's foreign ministry said" already were."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_cues import source_name
from kg.extract.claim_speaker_bodies import name_with_state
from kg.extract.cues import needs
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_STATEMENT_NOUNS = frozenset("statement communique communiqué readout declaration report article story".split())
_OUTLET_PIECES = frozenset("report article story".split())  # what an outlet issues: "The Financial Times report"
_BEFORE_NOUN = frozenset("a an the its their joint brief short written separate later earlier new official "
                         "formal".split())
_ISSUED = frozenset("read out issued released published posted sent distributed".split())
_GAP = frozenset(", on late earlier later also has had monday tuesday wednesday thursday friday saturday "
                 "sunday".split())  # between the issuer's name and the verb: ", issued by X on Monday, said"
_REACH = 14


@needs(lambda: _STATEMENT_NOUNS)
def issued_statement(view: SentenceView, verb: int, speaker_of: Callable[[Mention], EntityRef],
                     body_of: Callable[[SentenceView, Mention], tuple[EntityRef, int] | None]) \
        -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* whose subject is a statement "by" or "from" someone: (the issuer, where the
    statement's phrase starts), else None."""
    noun = next((k for k in range(verb - 1, max(-1, verb - _REACH), -1) if view.lower[k] in _STATEMENT_NOUNS), None)
    if noun is None:
        return None
    start = noun
    while start > 0 and view.lower[start - 1] in _BEFORE_NOUN:
        start -= 1
    if start > 1 and view.lower[start - 1] in ("'s", "’s") and noun + 1 + _of_the_talks(view, noun + 1) == verb:
        return _owner(view, start - 2, speaker_of, body_of)  # "The Kremlin's readout of the call said"
    if view.lower[noun] in _OUTLET_PIECES and noun + 1 == verb and start == noun and noun > 0 \
            and view.tokens[noun - 1].text[:1].isupper() and noun - 1 not in view.actor_at:
        found = source_name(view, noun - 1, -1)  # "The Financial Times report said": the outlet's
        opens = found is not None and (found[1] == 0 or view.lower[found[1] - 1] in (",", ";", ":"))
        return (found[0], found[1]) if found is not None and found[2] == noun and opens else None
    if start > 0 and view.lower[start - 1] not in (",", ";", ":"):
        return None  # "Egypt welcomed a statement from the Kremlin that said ...": the statement is an object
    k = noun + 1 + (noun + 1 < verb and view.lower[noun + 1] == ",")
    while k < verb and view.lower[k] in _ISSUED:
        k += 1
    if k + 1 >= verb or view.lower[k] not in ("by", "from") and not (view.lower[k] == "in" and view.lower[noun] in
                                                                   _OUTLET_PIECES):
        return None  # "the report in the Washington Post said": the outlet's
    at = k + 1 + (view.lower[k + 1] == "the")
    mention = view.actor_at.get(at)
    if mention is not None and mention.first == at:
        if mention.entity.kind == "state":
            body = body_of(view, mention)  # "a statement from the Ukrainian presidency": read before this
            named = name_with_state(view, mention, _name_end(view, mention.last, verb))
            speaker, end = (body if body is not None else (named, _name_end(view, mention.last, verb))
                            if named is not None else (speaker_of(mention), mention.last))
        else:
            speaker, end = speaker_of(mention), mention.last
    else:
        found = source_name(view, at, 1)  # "a statement from Gazprom said"
        if found is None or found[1] > at:
            return None
        speaker, end = found[0], found[2]
    if end > verb or any(view.lower[x] not in _GAP for x in range(end, verb)):
        return None  # "a statement from the ministry of ... on the aid said": more than a name before the verb
    return speaker, start


def _name_end(view: SentenceView, k: int, verb: int) -> int:
    """Where a capitalised name running on from token *k* ends ("the Saudi Fund for Development")."""
    while k < verb and (view.tokens[k].text[:1].isupper() or (view.lower[k] in ("for", "of", "and")
                                                             and view.tokens[k + 1].text[:1].isupper())):
        k += 1
    return k


_TALKS = frozenset("call talks meeting conversation visit summit".split())


def _of_the_talks(view: SentenceView, k: int) -> int:
    """How many tokens "of the call", "of the talks" take from token *k* (0 when there is none)."""
    return 3 if view.lower[k:k + 2] == ("of", "the") and k + 2 < len(view.tokens) and view.lower[k + 2] in _TALKS \
        else 0


def _owner(view: SentenceView, k: int, speaker_of: Callable[[Mention], EntityRef],
           body_of: Callable[[SentenceView, Mention], tuple[EntityRef, int] | None]) -> tuple[EntityRef, int] | None:
    """The issuer whose name ends at token *k* before "'s statement" (a state's body, else the actor), with
    where its name starts, when the name opens the sentence or its clause."""
    mention = view.actor_at.get(k)
    if mention is None:
        return None
    first = mention.first - (mention.first > 0 and view.lower[mention.first - 1] == "the")
    if first > 0 and view.lower[first - 1] not in (",", ";", ":"):
        return None  # "Egypt welcomed the Kremlin's statement, which said ...": an object
    return speaker_of(mention), first
