"""A press service or press office under a name the gazetteers do not know speaks under that name:
"the Akorda press service said", "the Bankova press office said" (gold rule C2 names the institution);
and a body named after its state does not speak about that state by its name alone."""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_OFFICES = frozenset("service office".split())


@needs("press")
def press_service(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* right after "<Name> press service": (the service, where its name starts)."""
    k = verb - 1
    while k > 0 and view.lower[k] in ("has", "had", "also"):
        k -= 1
    if k < 2 or view.lower[k] not in _OFFICES or view.lower[k - 1] != "press":
        return None
    first = k - 2
    while first >= 0 and view.tokens[first].text[:1].isupper() and first not in view.actor_at \
            and view.tokens[first].text.replace("-", "").isalpha() and view.lower[first] != "the":
        first -= 1
    first += 1
    if first > k - 2 or (first > 0 and view.lower[first - 1] not in ("the", ",", "while", "and")):
        return None
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:view.tokens[k].end - sentence.start]
    return EntityRef("organisation", slug(name), name), first


def in_own_name(ref: EntityRef, speaker: EntityRef) -> bool:
    """Is the state *ref* named inside the speaker's own name ("Russia" in "Bank of Russia", "Qatar" in "Qatar
    Fund for Development")? The speaker's name is no statement about it (gold rule C3)."""
    return speaker.kind == "organisation" and ref.kind == "state" and ref.label in speaker.label


def state_word_in_name(ref: EntityRef, speaker: EntityRef) -> bool:
    """Is the state *ref* written as its own word(s) in the speaker's name ("Radio Mozambique", "India's
    Ministry of External Affairs", not the demonym of "Chadian army", whose state its statements are about)?"""
    return speaker.kind == "organisation" and ref.kind == "state" and (
        f" {ref.label} " in f" {speaker.label} " or speaker.label.startswith((f"{ref.label}'s ", f"{ref.label}’s ")))


_OUTLET_NOUNS = frozenset("agency newspaper daily paper broadcaster channel outlet website portal tabloid weekly".split())


@needs(lambda: _OUTLET_NOUNS)
def outlet_after_noun(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """At a reporting verb *verb* right after "<outlet noun> <Name>" ("the Saudi state news agency SPA
    reported", "the Armenian daily Hetq said"): (the outlet under its own name, where the name starts). The
    demonym before the noun says whose outlet it is, not who speaks."""
    k = verb - 1
    while k > 0 and view.lower[k] in ("has", "had", "also"):
        k -= 1
    end = k
    while k >= 0 and view.tokens[k].text[:1].isupper() and k not in view.actor_at and end - k < 3 \
            and view.tokens[k].text.replace("-", "").replace(".", "").isalnum():
        k -= 1
    if k == end or k < 1 or view.lower[k] not in _OUTLET_NOUNS:
        return None
    sentence = view.sentence
    name = sentence.text[view.tokens[k + 1].start - sentence.start:view.tokens[end].end - sentence.start]
    return EntityRef("organisation", slug(name), name), k + 1


_BODY_HEADS = frozenset("office agency service center centre authority commission council ministry department "
                        "institute bureau directorate inspectorate administration".split())


def named_body(ref: EntityRef) -> bool:
    """Does a capitalised name the gazetteers do not know end as a public body's name does ("National
    Disaster Management Office", "Federal Customs Service")? Such a body speaks with any speech verb."""
    words = ref.label.split()
    return len(words) >= 2 and words[-1].lower() in _BODY_HEADS
