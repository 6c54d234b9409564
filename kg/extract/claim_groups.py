"""Speakers named by a plural description: "the two leaders said", "the four countries warned", "both
sides said" stand for the coordinated actors named last ("Putin and Xi", "Egypt and Sudan"); each of them
makes the claim (gold rule C2: coordinated speakers each make it)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.gazetteer import slug
from kg.extract.institutions import LOWER_INSTITUTION
from kg.extract.view import PREPOSITIONS, SentenceView
from kg.model import EntityRef

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "both": 0}
_PERSON_NOUNS = frozenset("leaders presidents ministers heads premiers men women".split())
_STATE_NOUNS = frozenset("countries nations governments states capitals neighbours neighbors".split())
_EITHER_NOUNS = frozenset("sides parties".split())
_FILLERS = frozenset("have had also jointly later then further".split())
_PLURAL_BODIES = {"ministries": "ministry", "embassies": "embassy"}


def groups_in(view: SentenceView) -> list[tuple[EntityRef, ...]]:
    """Coordinated actors of one kind in the sentence ("Vladimir Putin and Xi Jinping"), in order."""
    if len(view.actors) < 2:
        return []  # one actor makes no group (most sentences)
    found, seen = [], set()
    for mention in view.actors:
        if mention.first in seen:
            continue
        group = view.group(mention)
        seen.update(m.first for m in group)
        refs = tuple(dict.fromkeys(m.entity for m in group))
        if len(refs) >= 2 and len({r.kind for r in refs}) == 1 and refs[0].kind in ("person", "state"):
            found.append(refs)
    return found


def person_pair(view: SentenceView) -> list[tuple[EntityRef, ...]]:
    """The two persons a sentence names when it names exactly two, coordinated or not ("Prabowo met Xi in
    Beijing"): who "the two leaders" of the next sentence are."""
    persons = [m.entity for m in view.actors if m.entity.kind == "person"]
    if len(persons) < 2:
        return []  # (most sentences name fewer than two persons)
    persons = tuple(dict.fromkeys(persons))
    return [persons] if len(persons) == 2 else []


def plural_bodies(view: SentenceView, k: int):
    """"The Saudi and Qatari finance ministries" ending at *k*: (each state's body, named with its demonym
    as one ministry is ("Saudi finance ministry"), where the phrase starts), or None."""
    noun = _PLURAL_BODIES.get(view.lower[k])
    j = k - 1
    while noun and j > 0 and view.lower[j] in LOWER_INSTITUTION and j not in view.actor_at:
        j -= 1
    mention = view.actor_at.get(j)
    if not noun or mention is None or mention.how != "demonym" or mention.last != j + 1:
        return None
    first = view.actor_at.get(j - 2) if j > 1 and view.lower[j - 1] == "and" else None
    states = [m for m in (first, mention) if m is not None and m.how == "demonym" and m.entity.kind == "state"]
    if len(states) < 2:
        return None
    words = " ".join([*(view.tokens[x].text for x in range(j + 1, k)), noun])
    refs = tuple(EntityRef("organisation", slug(f"{m.text} {words}"), f"{m.text} {words}") for m in states)
    start = states[0].first - (states[0].first > 0 and view.lower[states[0].first - 1] == "the")
    return refs, start


def plural_speaker(view: SentenceView, verb: int, groups: list[tuple[EntityRef, ...]],
                   pair: tuple[EntityRef, ...] = (), persons: list[tuple[EntityRef, ...]] | None = None):
    """At a speech verb *verb*: (the actors "the two leaders" stands for, where the description starts),
    or None. *groups* are the coordinated actors seen so far, oldest first; *pair* the two states a report
    about the dealings of two is about, for "both governments said" where no two states were named
    together ("The first tranche was paid in March, both governments said at the time"); *persons*, when
    given, stand in for *groups* after a noun only persons are ("the two leaders", not "the two sides"): they
    also hold two persons named in one sentence ("X met Y")."""
    k = verb - 1
    while k > 0 and view.lower[k] in _FILLERS:
        k -= 1
    if (bodies := plural_bodies(view, k)) is not None:
        return bodies
    noun = view.lower[k] if k >= 0 else ""
    kinds = ("person",) if noun in _PERSON_NOUNS else ("state",) if noun in _STATE_NOUNS else \
        ("person", "state") if noun in _EITHER_NOUNS else ()
    if not kinds or k < 1:
        return None
    if k >= 2 and view.tokens[k - 1].text[:1].isupper() and view.lower[k - 2] in _NUMBERS:
        k -= 1  # "the two Gulf states said", "the three Baltic countries"
    count = _NUMBERS.get(view.lower[k - 1])
    start = k - 1
    if count is None or (count and (start < 1 or view.lower[start - 1] != "the")):
        return None  # "the two leaders", "both sides"; not "two countries" (some two) nor "the leaders"
    start -= count != 0
    for refs in reversed(persons if persons is not None and kinds == ("person",) else groups):
        if refs[0].kind in kinds and (count in (0, len(refs)) or (count == 0 and len(refs) == 2)):
            if count == 0 and len(refs) != 2:
                continue  # "both" is two
            return refs, start
    named = _states_before(view, start) if "state" in kinds and count else ()  # not "media in both countries"
    if named and len(named) == count:
        return named, start
    fits = len(pair) == 2 and count in (0, 2) and all(ref in pair for ref in named) \
        and not (start > 0 and view.lower[start - 1] in PREPOSITIONS)  # not "media in both countries"
    return (pair, start) if "state" in kinds and fits else None


def _states_before(view: SentenceView, start: int) -> tuple[EntityRef, ...]:
    """The states the sentence names before *start*, not coordinated ("Japan will lend Kenya $170 million,
    the two governments said"): who "the two governments" are when no pair was named together."""
    return tuple(dict.fromkeys(m.entity for m in view.actors if m.last <= start and m.entity.kind == "state"))


def titled_partners(view: SentenceView, speaker: EntityRef, first: int, last: int) -> list[EntityRef]:
    """"French President Emmanuel Macron and German Chancellor Olaf Scholz said", "al-Sisi and Jordan's
    King Abdullah both said": persons joined to a person speaker across the speaker's title, outside
    what was said (*first*..*last*)."""
    if speaker.kind != "person":
        return []
    mine = next((m for m in view.actors if m.entity == speaker and not first <= m.first < last), None)
    if mine is None:
        return []
    k = mine.first - 1
    while k > 0 and (view.tokens[k].text[:1].isupper() or view.lower[k] in ("'s", "’s")) and mine.first - k <= 5:
        k -= 1  # back over the title: "German Chancellor", "Jordan's King"
    if view.lower[k] != "and" or k - 1 not in view.actor_at:
        return []
    partner = view.actor_at[k - 1]
    if partner.entity.kind != "person" or partner.entity == speaker or first <= partner.first < last:
        return []
    return [partner.entity]


def opening_group(view: SentenceView) -> tuple[EntityRef, ...] | None:
    """Coordinated states or persons opening the sentence ("Japan and the Philippines signed ..."), or None."""
    for mention in view.actors:
        if mention.first > 1:
            return None
        k = mention.last + 2  # "The Saudi and Qatari finance ministries said ...": the ministries
        while k < len(view.tokens) and view.lower[k] in LOWER_INSTITUTION:
            k += 1
        if k < len(view.tokens) and (bodies := plural_bodies(view, k)) is not None:
            return bodies[0]
        refs = tuple(dict.fromkeys(m.entity for m in view.group(mention)))
        if len(refs) >= 2 and len({r.kind for r in refs}) == 1 and refs[0].kind in ("person", "state"):
            return refs
    return None


def they_speaker(view: SentenceView, verb: int, group: tuple[EntityRef, ...] | None):
    """"They said ..." opening a sentence (or ", they said" ending it) after one opened by coordinated actors
    or spoken by many people: (those actors, the token of "they")."""
    k = verb - 1
    while k > 0 and view.lower[k] in _FILLERS:
        k -= 1
    opens = k == 0 or (k > 3 and view.lower[k - 1] == "," and verb == k + 1)  # "..., they said."
    return (group, k) if group and opens and view.lower[k] == "they" else None


_PLURAL_SPEAKERS = frozenset("officials diplomats sources authorities".split())


def plural_opening(view: SentenceView, found: list) -> tuple[EntityRef, ...] | None:
    """The speaker of a sentence whose speaker is many people ("Critics said ...", "Australian officials
    said ...": a group, or the state its officials speak for), for "They added ..." next."""
    if not found or len({f[0] for f in found}) != 1:
        return None
    speaker, first, last, _ = found[0]
    plural = speaker.kind == "group" or any(view.lower[k] in _PLURAL_SPEAKERS for k in range(len(view.tokens))
                                            if not first <= k < last)
    return (speaker,) if plural and speaker.kind != "person" else None


def both_named(claim, view: SentenceView, first: int, last: int, groups: list[tuple[EntityRef, ...]]):
    """*claim* about the states that "the two countries" or "both nations" inside what was said (tokens
    *first*..*last*) stands for: the two states last named together (gold rule C3)."""
    if "two" not in view.sentence.lower_set and "both" not in view.sentence.lower_set:
        return claim  # (most statements)
    for k in range(max(first, 1), last - 1):
        noun = k + 1 + (k + 2 < last and view.tokens[k + 1].text.isalpha() and view.lower[k + 2] in _STATE_NOUNS)
        if view.lower[k] not in ("two", "both") or view.lower[noun] not in _STATE_NOUNS | _EITHER_NOUNS \
                or (view.lower[k] == "two" and view.lower[k - 1] not in ("the", "between", "our", "their")):
            continue  # "the two countries", "the two brotherly countries", "both Gulf states"
        pair = next((refs for refs in reversed(groups) if len(refs) == 2 and refs[0].kind == "state"), None)
        extra = tuple(ref for ref in pair or () if ref not in claim.about and ref != claim.claimant)
        return replace(claim, about=(*claim.about, *extra)) if extra else claim
    return claim
