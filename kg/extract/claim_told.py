"""Unnamed sources: those who spoke to a named outlet speak through it (gold rule C2: "diplomatic sources
told Prothom Alo that ...", "officials, speaking privately, told Nikkei"); those described
by what they know ("people familiar with the matter said") are a group named by those words."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.claim_outlet_by import outlet_by
from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.speech_verbs import PAST
from kg.extract.view import SentenceView
from kg.model import EntityRef

_ANONYMOUS = frozenset("sources source officials official diplomats diplomat".split())
_FILLERS = frozenset("had have has also earlier first".split())
_KNOWERS = frozenset("people person persons sources source officials official diplomats diplomat".split())
_KNOWING = {"familiar": "with", "briefed": "on", "close": "to", "involved": "in", "aware": "of"}


def _knows(view: SentenceView, k: int) -> bool:
    """Does a knower at *k* say what it knows: "familiar with", "close to", "with (direct) knowledge of"?"""
    after = view.lower[k + 1:k + 4]
    return len(after) >= 2 and (_KNOWING.get(after[0]) == after[1] or (
        after[0] == "with" and "knowledge" in after[1:3]))


def told_outlet(view: SentenceView, j: int, described=None) -> tuple[EntityRef, int] | None:
    """At "told" (*j*) after an unnamed source: (the outlet told, where the source stands), or None.
    *described* reads a description of an outlet named before ("told the news agency") at its noun."""
    verb = j
    if view.lower[j] in _TO_OUTLET and j + 1 < len(view.tokens):
        if "to" not in view.lower[j + 1:min(j + 9, len(view.tokens) - 1)]:
            return None  # (most verbs: "said" with no "to" after it)
        to = next((x for x in range(j + 1, min(j + 9, len(view.tokens) - 1)) if view.lower[x] == "to"
                   and not any(view.lower[y] in (",", ".", "that") for y in range(j + 1, x))), None)
        if to is None:
            return None
        j = to  # "officials disclosed the pause to Axios": the outlet after "to", as after "told"
    elif view.lower[j] not in ("told", "tells") or j + 1 >= len(view.tokens):
        return None
    k = verb - 1
    while k >= 0 and view.lower[k] in _FILLERS:
        k -= 1
    if k > 3 and view.lower[k] == ",":  # "sources, for their part, told ..."
        aside = next((x for x in range(k - 1, max(0, k - 9), -1) if view.lower[x] == ","), None)
        k = aside - 1 if aside is not None else k
    knowing = knowing_sources(view, verb)  # "sources familiar with the talks told Bloomberg"
    if knowing is not None:
        k = knowing[1]
    elif k >= 0 and view.lower[k] not in _ANONYMOUS and (placed := _placed_source(view, k)) is not None:
        k = placed  # "a source at the utility told AFP": the source's place is no part of who spoke
    elif k >= 0 and view.lower[k] not in _ANONYMOUS and (unnamed := _unnamed_person(view, k)) is not None:
        k = unnamed  # "a station manager told AFP", "two port workers told Reuters"
    elif k < 0 or view.lower[k] not in _ANONYMOUS:
        return None
    found = source_name(view, j + 1, 1)
    if found is None and j + 2 < len(view.tokens) and view.lower[j + 1] == "the":
        found = source_name(view, j + 2, 1)  # "told the Financial Times", "told the BBC": a paper's own name
        words = found[0].label.removeprefix("the ").removeprefix("The ").split() if found is not None else []
        typed = found is not None and found[2] < len(view.tokens) and view.lower[found[2]] in _OUTLET_TYPES
        found = found if words and (words[-1].lower() in _OUTLET_WORDS or (len(words) == 1 and words[0].isupper())
                                    or typed) else None  # "told the Daily Mirror newspaper"
    if found is None and (outlet := outlet_by(view, j + 1)) is not None:
        return outlet.entity, k  # "told the Qatari broadcaster Al Jazeera": the outlet under its own name
    if found is None and described is not None and view.lower[j + 1:j + 2] == ("the",):
        noun = j + 2 + (view.lower[j + 2:j + 4] == ("news", "agency"))  # "told the (news) agency that"
        outlet = described(noun) if noun < len(view.tokens) and view.lower[noun] in _OUTLET_TYPES | {"agency"} else None
        return (outlet, k) if outlet is not None and outlet.kind == "organisation" else None
    return (found[0], k) if found is not None else None


_OUTLET_TYPES = frozenset("newspaper daily paper website broadcaster channel magazine tabloid weekly".split())
# A speech verb with its outlet after "to" ("told" takes the outlet as its object, read in told_outlet)
_TO_OUTLET = (PAST - {"told"}) | {"disclosed", "revealed", "described"}
_OUTLET_WORDS = frozenset("times post journal news herald tribune telegraph guardian independent press agency "
                          "daily gazette mail observer economist standard chronicle".split())


@needs(lambda: _KNOWERS)
def knowing_sources(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """"people familiar with the matter said", "a source close to the talks said": (the group, its
    first token), when the phrase runs up to the speech verb at *verb*; a state's source is the state."""
    for k in range(max(0, verb - 8), verb - 2):
        if view.lower[k] in _KNOWERS and _knows(view, k) \
                and not any(view.lower[x] in (",", ".", ";", '"', "“", "”") for x in range(k, verb)):
            owner = view.actor_at.get(k - 1)
            if owner is not None and owner.entity.kind == "state" and not view.possessive(owner):
                return owner.entity, owner.first  # "a US source familiar with the matter said": the state (C2)
            words = [view.tokens[x].text for x in range(k, verb) if view.lower[x] not in _FILLERS]
            name = " ".join(words)
            return EntityRef("group", slug(name), name), k
    return None


def knowing_phrase(view: SentenceView, start: int) -> tuple[EntityRef, int, int] | None:
    """"according to people familiar with the talks", "according to two sources close to the government":
    (the group as written, its first token, the phrase's end) for a source named by what it knows."""
    k = start + (view.lower[start:start + 1] in (("two",), ("three",), ("several",), ("a",)))
    if k + 2 >= len(view.tokens) or view.lower[k] not in _KNOWERS or not _knows(view, k):
        return None
    end = next((x for x in range(k + 3, len(view.tokens)) if view.lower[x] in (",", ".", ";", "who", "that")),
               len(view.tokens))
    sentence = view.sentence
    first = k if view.lower[start] in ("a", "an") else start  # "a source close to ...": the source, as one is named
    name = sentence.text[view.tokens[first].start - sentence.start:view.tokens[end - 1].end - sentence.start]
    return EntityRef("group", slug(name), name), start, end


_MEDIA_ACTS = frozenset("carried published ran interviewed obtained revealed broadcast aired".split())


_APPOSED_NOUNS = frozenset("portal newspaper paper daily agency broadcaster channel website site outlet magazine "
                           "tabloid".split())  # "Caliber.az, a news portal based in Azerbaijan, ..."


def _named_in_apposition(view: SentenceView, first: int) -> tuple[EntityRef, int, int] | None:
    """One capitalised word opening the sentence with an outlet noun in apposition ("Caliber.az, a news portal
    based in Azerbaijan, ..."): the apposition is the evidence that the word is a name."""
    text = view.tokens[first].text if first < len(view.tokens) else ""
    if not text[:1].isupper() or not text.replace(".", "").replace("-", "").isalnum() or view.lower[first + 1:first + 3] \
            not in ((",", "a"), (",", "an")) or first in view.actor_at:
        return None
    close = next((k for k in range(first + 2, min(first + 12, len(view.tokens))) if view.lower[k] == ","), None)
    if close is None or not any(view.lower[k] in _APPOSED_NOUNS for k in range(first + 2, close)):
        return None
    return EntityRef("organisation", slug(text), text), first, first + 1


def _apposed_outlet(view: SentenceView) -> EntityRef | None:
    """An unknown name set off by an outlet noun in apposition and doing what outlets do, anywhere in the
    sentence ("... after Caliber.az, a news portal based in Azerbaijan, published videos ...")."""
    if _APPOSED_NOUNS.isdisjoint(view.sentence.lower_set):
        return None
    for k in range(len(view.tokens) - 3):
        found = _named_in_apposition(view, k)
        close = next((x for x in range(k + 2, len(view.tokens)) if view.lower[x] == ","), None) if found else None
        if close is not None and close + 1 < len(view.tokens) and view.lower[close + 1] in _MEDIA_ACTS:
            return found[0]
    return None


@needs(lambda: _MEDIA_ACTS)  # the act that makes the opening name an outlet
def outlet_opening(view: SentenceView) -> EntityRef | None:
    """A name the gazetteers do not know opening a sentence and doing what outlets do ("Le Monde carried an
    interview with ...", "The Kyiv Independent published ..."): the outlet a later "the newspaper" means."""
    first = 1 if view.lower[:1] == ("the",) else 0
    if (inside := _apposed_outlet(view)) is not None:
        return inside  # "... after Caliber.az, a news portal based in Azerbaijan, published videos ..."
    mention = view.actor_at.get(first)
    if mention is not None and mention.first == first and mention.entity.kind != "state":
        # the name finders may take a paper's name for a person's ("Le Monde carried ...")
        found = (EntityRef("organisation", slug(mention.text), mention.text), first, mention.last)
    else:
        found = source_name(view, first, 1) or _named_in_apposition(view, first)
    if found is None or found[1] > 1 or found[2] >= len(view.tokens):
        return None
    act = found[2]
    if view.lower[act] == ",":  # "Caliber.az, a news portal based in Azerbaijan, published ..." (claims27)
        close = next((k for k in range(act + 1, min(act + 12, len(view.tokens))) if view.lower[k] == ","), None)
        if close is None or view.lower[act + 1] not in ("a", "an", "the") \
                or not any(view.lower[k] in _APPOSED_NOUNS for k in range(act + 1, close)):
            return None
        act = close + 1
    return found[0] if act < len(view.tokens) and view.lower[act] in _MEDIA_ACTS else None


def outlet_after_its_noun(view: SentenceView, nouns: frozenset[str]) -> EntityRef | None:
    """"... came to light in the newspaper Folha de S.Paulo, which ...": an outlet named after its noun anywhere
    in the sentence, the outlet a later "the paper" means."""
    for j in range(1, len(view.tokens) - 1) if not nouns.isdisjoint(view.sentence.lower_set) else ():
        if view.lower[j] in nouns and view.tokens[j].text.islower() and view.lower[j - 1] == "the" \
                and view.tokens[j + 1].text[:1].isupper() and j + 1 not in view.actor_at:
            found = source_name(view, j + 1, 1)
            if found is not None:
                return found[0]
    return report_outlet(view)


_REPORT_NOUNS = frozenset("report reports article story investigation interview".split())


def report_outlet(view: SentenceView) -> EntityRef | None:
    """"..., rejecting a report in the Financial Times that ...", "an investigation by Der Spiegel": the
    outlet whose report the sentence names, the one a later "the newspaper reported" means."""
    for j in range(1, len(view.tokens) - 2) if not _REPORT_NOUNS.isdisjoint(view.sentence.lower_set) else ():
        if view.lower[j] in _REPORT_NOUNS and view.lower[j + 1] in ("in", "by") and j + 2 not in view.actor_at:
            at = j + 2 + (view.lower[j + 2] == "the" and j + 3 < len(view.tokens))
            found = source_name(view, at, 1) if view.tokens[at].text[:1].isupper() and at not in view.actor_at \
                else None
            if found is not None:
                return found[0]
    return None


_PLACING = frozenset("at in with from inside within".split())


def _placed_source(view: SentenceView, k: int) -> int | None:
    """"a source at the state utility", "an official in the energy ministry": the unnamed source whose
    place ends at *k*, right before "told", or None. The place is a few words with no name of a person."""
    for x in range(k - 1, max(-1, k - 6), -1):
        if view.lower[x] in (",", ".", ";", '"', "“", "”") or (
                x in view.actor_at and view.actor_at[x].entity.kind == "person"):
            return None
        if view.lower[x] in _PLACING and x > 0 and view.lower[x - 1] in _ANONYMOUS:
            return x - 1
    return None


_COUNTS = frozenset("a an one two three four five several some many".split())
_NOT_UNNAMED = frozenset("spokesman spokeswoman spokesperson minister president premier chancellor ambassador envoy "
                         "secretary leader king emir prince governor director chief".split())  # they speak for a body


def _unnamed_person(view: SentenceView, k: int) -> int | None:
    """"a station manager", "two port workers": an unnamed person or group of plain lower-case words ending
    at *k* right before "told", opened by an article or a count; where it starts, or None."""
    if view.lower[k] in _NOT_UNNAMED or not view.tokens[k].text.isalpha() or not view.tokens[k].text.islower():
        return None
    x = k
    while x > 0 and k - x < 3 and view.tokens[x - 1].text.isalpha() and view.tokens[x - 1].text.islower() \
            and view.lower[x - 1] not in _COUNTS and x - 1 not in view.actor_at:
        x -= 1
    return x - 1 if x > 0 and view.lower[x - 1] in _COUNTS else None
