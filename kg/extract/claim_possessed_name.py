""""Türkiye's Energy and Natural Resources Ministry on Monday dismissed ...": a body's capitalised name that
ends in its head noun and runs over "and" or "of" after a state's possessive speaks as that body, by its
name as written (gold rule C2); a one-word field ("Japan's Foreign Ministry") and a name that opens with
its head ("India's Ministry of External Affairs", kept with its possessive) are read elsewhere."""

from __future__ import annotations

from kg.extract.claim_company import company_named
from kg.extract.gazetteer import slug
from kg.extract.institutions import BODY_VERB_GAP
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_HEADS = frozenset("ministry agency office council authority service commission department directorate "
                   "bureau".split())
_LINKS = frozenset("and of for &".split())
_REACH = 8


def possessed_name(view: SentenceView, mention: Mention, verb: int) -> tuple[EntityRef, int] | None:
    """(the body named after *mention*'s possessive and before the verb at *verb*, its first token), or None."""
    if mention.entity.kind == "state" and (company := company_named(view, mention, verb)) is not None:
        return company  # "the Austrian utility OMV announced"
    if mention.entity.kind != "state" or not view.possessive(mention):
        return None
    first = mention.last + 1
    k = first
    while k < verb and k - first < _REACH and (view.tokens[k].text[:1].isupper() or view.lower[k] in _LINKS) \
            and k not in view.actor_at:
        k += 1
    end = k
    if end - first < 3 or view.lower[end - 1] not in _HEADS or not any(view.lower[x] in _LINKS for x in range(first, end)):
        return None
    if not all(view.lower[x] in BODY_VERB_GAP for x in range(end, verb)):
        return None
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:view.tokens[end - 1].end - sentence.start]
    return EntityRef("organisation", slug(name), name), first
