"""An outlet named after its noun as the agent of a passive report: "was first reported by the Polish daily
Rzeczpospolita", "was reported on Tuesday by Italian newspaper La Repubblica". The demonym before the noun
says whose outlet it is, not who speaks (gold rule C2: the outlet is the claimant)."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

OUTLET_NOUNS = frozenset("daily newspaper paper weekly agency broadcaster channel station outlet website portal "
                         "tabloid magazine network".split())
_REACH = 5  # tokens from "by" to the noun: "the state-run Chinese business daily"
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def date_words(view: SentenceView, k: int) -> int:
    """The first token from *k* on that is no part of a calendar date ("21 August", "Aug. 21")."""
    while k < len(view.tokens) and (view.lower[k] in _MONTHS or view.lower[k].isdigit()
                                    or (view.lower[k] == "." and k > 0 and view.lower[k - 1] in _MONTHS)):
        k += 1
    return k


def outlet_by(view: SentenceView, at: int) -> Mention | None:
    """The outlet "the <demonym> <outlet noun> <Name>" starting at token *at* (right after "by"), or None."""
    k = at + (at < len(view.tokens) and view.lower[at] == "the")
    for noun in range(k, min(k + _REACH, len(view.tokens) - 1)):
        if view.lower[noun] in OUTLET_NOUNS and view.tokens[noun].text.islower():
            break
        mention = view.actor_at.get(noun)
        if not (view.tokens[noun].text.islower() or mention is not None and mention.entity.kind == "state"):
            return None  # "by the Ministry of Defence", "by Japan's Kyodo news agency": not a noun before a name
    else:
        return None
    first = noun + 1
    if not view.tokens[first].text[:1].isupper() or first in view.actor_at:
        return None
    last = first
    while last < len(view.tokens) and last - first < 5 and last not in view.actor_at and (
            view.tokens[last].text[:1].isupper() or view.lower[last] in ("de", "del", "della", "di", "of")
            and last + 1 < len(view.tokens) and view.tokens[last + 1].text[:1].isupper()):
        last += 1
    if not view.tokens[last - 1].text[:1].isupper():
        return None
    sentence = view.sentence
    start, end = view.tokens[first].start, view.tokens[last - 1].end
    name = sentence.text[start - sentence.start:end - sentence.start]
    return Mention(start, end, name, sentence.index, first, last, EntityRef("organisation", slug(name), name), "body")
