""""His embrace of Putin drew criticism from Washington and its Western allies", "India has stepped up its
purchases of Russian crude, drawing criticism from the United States and European countries": a reaction
that something drew from someone is their statement about it (gold rule C1: criticism and praise are
attributed statements; C2: coordinated speakers each make the claim). The one criticised is the subject of
the clause that drew it."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_cues import GROUP_SPEAKERS, group
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_DREW = frozenset("drew drawn draws drawing attracted attracting prompted prompting sparked sparking triggered "
                  "triggering earned earning".split())
_REACTIONS = {"criticism": "opposes", "condemnation": "opposes", "rebuke": "opposes", "rebukes": "opposes",
              "objections": "opposes", "protests": "opposes", "praise": "supports"}
_GROUPS = GROUP_SPEAKERS | frozenset("allies countries states partners capitals".split())
_STOPS = frozenset(", ; . : which who whose that coming over for after as".split())
_CLAUSE = frozenset(", ; where which who that".split())


def drawn_reactions(view: SentenceView, speaker_of: Callable[[Mention], EntityRef]) -> list:
    """(speaker, first, last, stance) for each one a reaction was drawn from, the span being what drew it."""
    if "from" not in view.sentence.lower_set or _DREW.isdisjoint(view.sentence.lower_set):
        return apposed_reactions(view, speaker_of)  # most sentences: no reaction drawn "from" anyone
    found = []
    for j, word in enumerate(view.lower):
        if word not in _DREW:
            continue
        k = j + 1
        while k < len(view.tokens) and k - j <= 3 and view.lower[k] not in _REACTIONS and view.tokens[k].text.isalpha() \
                and view.tokens[k].text.islower() and k not in view.actor_at:
            k += 1  # "drew sharp criticism", "drawn weeks of criticism"
        if k + 1 >= len(view.tokens) or view.lower[k] not in _REACTIONS or view.lower[k + 1] != "from":
            continue
        first, last = _drawer(view, j)
        if last - first < 1:
            continue
        found.extend((who, first, last, _REACTIONS[view.lower[k]]) for who in _reactors(view, k + 2, speaker_of))
    return found + apposed_reactions(view, speaker_of)


_BY = {"criticised": "opposes", "criticized": "opposes", "condemned": "opposes", "denounced": "opposes",
       "opposed": "opposes", "welcomed": "supports", "praised": "supports", "hailed": "supports"}
_APPOSED = frozenset("move step decision deal plan purchase sale measure".split())


def apposed_reactions(view: SentenceView, speaker_of: Callable[[Mention], EntityRef]) -> list:
    """"Egypt signed a gas deal with Israel, a step condemned by rights groups": (speaker, first, last, stance)
    for each one named after "by", the span being the clause before the comma, whose act the noun sums up."""
    if "by" not in view.sentence.lower_set or _BY.keys().isdisjoint(view.sentence.lower_set):
        return []  # most sentences
    found = []
    for j, word in enumerate(view.lower):
        if word not in _BY or j < 3 or view.lower[j + 1:j + 2] != ("by",) or view.lower[j - 1] not in _APPOSED \
                or view.lower[j - 2] not in ("a", "an") or view.lower[j - 3] != ",":
            continue  # only the apposition summing up the clause before: ", a move criticised by"
        if any(m.first < j - 3 for m in view.actors):  # the clause before the comma is what the noun sums up
            found.extend((who, 0, j - 3, _BY[word]) for who in _reactors(view, j + 2, speaker_of))
    return found


def _drawer(view: SentenceView, verb: int) -> tuple[int, int]:
    """The span of what drew the reaction: the clause's words before the verb, or for a participle after a
    comma ("..., drawing criticism") the sentence's opening subject, up to its first actor."""
    if view.lower[verb].endswith("ing") and verb > 0 and view.lower[verb - 1] == ",":
        opener = next((m for m in view.actors if m.first <= 2), None)
        return (0, opener.last) if opener is not None else (0, 0)
    k = verb
    while k > 0 and view.lower[k - 1] not in _CLAUSE:
        k -= 1
    while verb > k and view.lower[verb - 1] in ("has", "have", "had", "also", "already", "and"):
        verb -= 1
    if verb == k and k > 0 and view.lower[k - 1] in ("that", "which"):  # "Egypt is sending aid, a move that has
        opener = next((m for m in view.actors if m.first <= 2), None)  # drawn criticism": what Egypt does
        return (0, opener.last) if opener is not None else (0, 0)
    return k, verb


def _reactors(view: SentenceView, start: int, speaker_of) -> list[EntityRef]:
    """Those named after "from" up to the phrase's end: each actor, and each group noun ("rights groups")."""
    found, k = [], start
    while k < len(view.tokens) and view.lower[k] not in _STOPS:
        mention = view.actor_at.get(k)
        if mention is not None and mention.first == k:
            if mention.entity.kind in ("state", "organisation", "person") and not view.possessive(mention):
                found.append(speaker_of(mention))
            k = mention.last
            continue
        if view.lower[k] in _GROUPS and view.tokens[k].text.islower():
            found.append(group(view, k))
        k += 1
    return list(dict.fromkeys(found))
