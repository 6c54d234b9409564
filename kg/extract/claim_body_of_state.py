""""the State Bank of Pakistan said", "the Central Bank of Kenya said", "the Reserve Bank of India has said":
a body's capitalised name that ends in "of <state>" right before the verb speaks as that body, named as
written (gold rule C2: a central bank or ministry is recorded by its name, not as its state). A bare
head before "of" ("Bank of China") is left to the other rules."""

from __future__ import annotations

from kg.extract.claim_body_names import BODY_OPENERS, body_name_before
from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_HEADS = BODY_OPENERS | frozenset("bank court company corporation".split())  # "the Transmission Company of Nigeria"
_GAP = frozenset("has have had also".split())  # "the Reserve Bank of India has said"
_REACH = 5


def body_of_state(view: SentenceView, mention: Mention, verb: int) -> tuple[EntityRef, int] | None:
    """(the body named "<Name> of <state>" ending with *mention*, its first token) speaking at *verb*, or None."""
    if mention.entity.kind != "state" or not all(view.lower[k] in _GAP for k in range(mention.last, verb)):
        return None
    of = mention.first - 1
    if of >= 2 and view.lower[of] == "of" and view.lower[of - 1] not in _HEADS and view.tokens[of - 1].text[:1].isupper() \
            and (named := body_name_before(view, of - 1)) is not None:  # "the Ministry of Foreign Affairs of Somalia"
        first = named[1] + (view.lower[named[1]] == "the")
        sentence = view.sentence
        name = sentence.text[view.tokens[first].start - sentence.start:mention.end - sentence.start]
        return EntityRef("organisation", slug(name), name), first
    if of < 1 or view.lower[of] != "of" or view.lower[of - 1] not in _HEADS:
        return None
    first = of - 1
    while first > 0 and of - first < _REACH and first - 1 not in view.actor_at \
            and view.tokens[first - 1].text[:1].isupper() and view.tokens[first - 1].text.isalpha():
        first -= 1  # "State Bank", "Central Bank", "Reserve Bank"
    if of - first < 2 or not view.tokens[first].text[:1].isupper() or first in view.actor_at:
        return None  # "Bank of China", "Bank of Russia": a bare head may be a lender's trading name
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:mention.end - sentence.start]
    return EntityRef("organisation", slug(name), name), first


def with_state_after(view: SentenceView, found: tuple[EntityRef, int, int] | None) -> tuple[EntityRef, int, int] | None:
    """A name read forwards that stopped before "of <state>" ("the National Bank" of "the National Bank of
    Ethiopia") runs on over it; any other *found* is returned as it is."""
    if found is None:
        return None
    ref, lo, hi = found
    state = view.actor_at.get(hi + 1) if hi + 1 < len(view.tokens) and view.lower[hi] == "of" else None
    if state is None or state.entity.kind != "state" or state.first != hi + 1 or view.lower[hi - 1] not in _HEADS:
        return found
    lo += view.lower[lo] == "the"
    sentence = view.sentence
    name = sentence.text[view.tokens[lo].start - sentence.start:state.end - sentence.start]
    return EntityRef("organisation", slug(name), name), lo, state.last
