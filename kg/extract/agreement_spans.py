"""Where an agreement's clause begins and ends around its noun, and whether the noun names an accord told
before: the attribution that closes a clause (", Lecornu said, ..."), a fronted time clause that opens it
("Two days before ..., Aliyev signed"), and the definite noun ("the treaty", "Friday's contracts")."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

# words of a region passed over to the preposition before a state: "out of eastern Congo" is governed by "of"
AREA_WORDS = frozenset("eastern western northern southern central northeastern northwestern southeastern "
                       "southwestern".split())


def before_attribution(view: SentenceView, start: int, end: int) -> int:
    """The clause ends at ", <speaker> said,": what follows the attribution is another statement
    ("..., Lecornu said, the latest step in a relationship that has alarmed Azerbaijan")."""
    for j in range(start, end):
        if view.lower[j] != ",":
            continue
        k = next((k for k in range(j + 1, min(j + 9, end)) if view.lower[k] in (",", ".", ";") or
                  view.lower[k] in SAID_SAYS), None)
        if k is not None and view.lower[k] in SAID_SAYS and k + 1 < end and any(
                view.lower[x] == "," for x in range(k + 1, min(k + 6, end))):
            return j
    return end


def definite(view: SentenceView, first: int) -> bool:
    """"the treaty", "the pact", "this deal", "Friday's contracts": an agreement named before."""
    k = first - 1
    if k >= 0 and view.lower[k] not in ("the", "this", "that", "these", "'s", "’s") and view.tokens[k].text.islower() \
            and view.lower[k] not in ("a", "an", "new", "separate", "another", "second", "first", "any"):
        k -= 1  # one modifier: "the new pact" is new; "the landmark treaty" is the one before
        while k >= 2 and view.lower[k] == "-" and view.tokens[k - 1].text.islower():
            k -= 2  # a hyphenated one: "the government-to-government deal", "the long-awaited pact"
    return k >= 0 and view.lower[k] in ("the", "this", "that", "these", "'s", "’s") \
        and view.lower[min(k + 1, first)] not in ("new", "separate", "another", "second")


_SUBORDINATORS = frozenset("before after when while since as although though until once".split())


def after_fronted_clause(view: SentenceView, c_first: int, noun: int) -> int:
    """"Two days before Russian troops entered Ukraine, Aliyev signed a declaration with Putin": a fronted
    time or concession clause is another event; the agreement's clause starts after its comma."""
    if not any(view.lower[j] in _SUBORDINATORS for j in range(c_first, min(c_first + 4, noun))):
        return c_first
    comma = next((j for j in range(noun - 1, c_first, -1) if view.lower[j] == ","), None)
    return comma + 1 if comma is not None else c_first


def fronted_clause_end(view: SentenceView, c_first: int, first: int, last: int, c_last: int) -> int:
    """"Since Niger ended its defence agreement with France, Russia has sent instructors": an accord told in a
    fronted time or concession clause with its own subject ends at that clause's comma, and the main clause's
    subject is no party; *c_last* else (and for a gerund: "After signing a pact with Turkey, Somalia asked ..."
    is Somalia's)."""
    if view.lower[c_first] not in _SUBORDINATORS or c_first + 1 >= first or view.lower[c_first + 1].endswith("ing") \
            or not view.actors_in(c_first + 1, first):
        return c_last
    return next((j for j in range(last, c_last) if view.lower[j] == ","), c_last)


_TIME_GERUND = frozenset("after before since while despite".split())


def before_gerund_clause(view: SentenceView, last: int, c_last: int) -> int:
    """Where a time clause with a gerund after the agreement noun ending before *last* begins ("signed a mutual
    defence pact in 2023 after quitting ECOWAS", "... before leaving for Rome"), or a participle clause of its
    effect (", turning their back on ECOWAS"): that is another act, with its own verb and its own other side;
    *c_last* else."""
    return next((j for j in range(last, c_last - 1) if view.lower[j] in _TIME_GERUND
                 and view.lower[j + 1].endswith("ing") and view.tokens[j + 1].text.islower()
                 and view.lower[j + 1] not in ("during", "including") or _effect(view, j)), c_last)


def _effect(view: SentenceView, j: int) -> bool:
    """A participle clause after a comma at *j*, maybe after an adverb (", formally turning their back on the
    bloc ECOWAS", ", ending a row with Rabat"): what the act does, whose actors did not sign it."""
    k = j + 1 + (j + 2 < len(view.tokens) and view.lower[j + 1].endswith("ly") and view.tokens[j + 1].text.islower())
    return view.lower[j] == "," and k < len(view.tokens) and view.lower[k].endswith("ing") and view.tokens[k].text.isalpha() \
        and view.tokens[k].text.islower() and view.lower[k] not in ("including", "according", "following", "during")


_AUXILIARIES = frozenset("is are was were has have had will would could can may might shall should".split())


def before_second_verb(view: SentenceView, last: int, c_last: int) -> int:
    """Where a second verb phrase of the subject begins after the agreement noun ending before *last*
    ("Lima signed a free trade agreement with Hong Kong in 2024 and is negotiating one with Indonesia"):
    its other side and its stage belong to that phrase; *c_last* else."""
    return next((j for j in range(last, c_last - 1) if view.lower[j] == "and"
                 and view.lower[j + 1] in _AUXILIARIES and view.tokens[j + 1].text.islower()), c_last)


def before_attendees(view: SentenceView, last: int, c_last: int) -> int:
    """Where the people at another event begin after the agreement noun ending before *last* ("was signed
    by Sisi and von der Leyen after a summit attended by the leaders of Italy and Greece"): who attended
    that event did not sign; *c_last* else (a host may be a party: "signed a declaration at a trilateral
    summit hosted by Trump")."""
    return next((j for j in range(last, c_last - 1) if view.lower[j] == "attended"
                 and view.lower[j + 1] == "by"), c_last)
