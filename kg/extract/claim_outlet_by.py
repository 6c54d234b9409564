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
        if not (view.tokens[noun].text.islower() or view.lower[noun] == "-"
                or mention is not None and mention.entity.kind == "state"):
            return None  # "by the Ministry of Defence", "by Japan's Kyodo news agency": not a noun before a name
    else:
        return None
    first = noun + 1
    known = view.actor_at.get(first)
    if known is not None and known.entity.kind == "organisation":  # "the broadcaster Al Jazeera": a known name
        return known if known.first == first else None
    if known is not None and known.entity.kind == "person" and known.first == first:  # the noun says it is no
        name = known.text  # person ("the Qatari broadcaster Al Jazeera", read by the name finder as a person)
        return Mention(known.start, known.end, name, known.sentence, first, known.last,
                       EntityRef("organisation", slug(name), name), "body")
    if known is not None:
        return None
    if not view.tokens[first].text[:1].isupper():
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


def as_reported_by(view: SentenceView) -> tuple[EntityRef, int, int] | None:
    """"Under its terms, as reported by Bloomberg, the money carries ...", "..., as reported by the Polish daily
    Rzeczpospolita.": (the outlet, first, last) of what the aside attributes to it, or None."""
    from kg.extract.claim_cues import source_name  # claim_cues reads names through modules that import this one

    if "as" not in view.sentence.lower_set or "reported" not in view.sentence.lower_set:
        return None
    for k in range(len(view.tokens) - 3):
        if view.lower[k] != "as" or view.lower[k + 1] != "reported" or view.lower[k + 2] != "by":
            continue
        if k > 0 and view.lower[k - 1] != ",":
            return None  # "the deal was as reported by ...": no aside
        at = k + 3
        mention = outlet_by(view, at)
        if mention is None:
            first = at + (view.lower[at] == "the")
            found = source_name(view, first, 1) if first < len(view.tokens) and first not in view.actor_at \
                and view.tokens[first].text[:1].isupper() else None
            if found is None:
                return None
            outlet, end = found[0], found[2]
        else:
            outlet, end = mention.entity, mention.last
        while end < len(view.tokens) and view.lower[end] not in (",", ".", ";"):
            end += 1  # "as reported by Bloomberg on Tuesday,"
        if end < len(view.tokens) and view.lower[end] == "," and end + 3 < len(view.tokens):
            return outlet, end + 1, len(view.tokens)  # the aside comes first: what follows it is the report
        start = max((x + 1 for x in range(k - 1) if view.lower[x] in (";",)), default=0)
        return (outlet, start, k - 1) if k - 1 - start >= 3 else None
    return None
