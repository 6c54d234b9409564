"""Meeting trigger words used in another sense (README M1: no one met):

* "host" as a noun: "the television host Vladimir Solovyov", "knows the host country well";
* "was in" with no place after it: "a truce ... was in force", "the party was in power";
* "by telephone" after a statement to the press: "X told Arab News by telephone", "Y said by phone" is an
  interview with the reporter, not a call between two sides (but "told Macron by phone that ..." is one);
* a verb of meeting after "could", "might" or "may": "analysts say Ruto could meet Xi later this year" is a
  guess, neither held nor scheduled (but "is due in Beijing for talks with Wang, and may also meet Xi" is a
  meeting on a trip that is set);
* talks or dialogue asked for: "spoke of the need for constructive dialogue", "called for talks" (but "flew to
  Beijing for talks with Xi" is the trip's purpose, a meeting).
"""

from __future__ import annotations

from kg.extract.speech_verbs import FINITE, GERUND
from kg.extract.view import SentenceView

# words before a bare "host" that make it a noun ("the host", "a talk show host", "its host city")
_NOUN_BEFORE = frozenset("the a an its his her their our this that television tv radio show talk chat news game "
                         "programme program podcast co - former".split())
_NOUN_AFTER = frozenset("country countries nation nations city cities government governments state states "
                        "broadcaster community communities family families venue".split())
_SAID = FINITE | GERUND | {"speaking"}  # also "speaking by phone"
_PHONE = frozenset("phone telephone".split())
_CONFER = frozenset("speak talk meet confer hold discuss".split())


def host_noun(view: SentenceView, first: int) -> bool:
    """The trigger at *first* is the noun "host": a determiner or a noun before it, or a noun it modifies
    after it ("host country"); the verb has a subject or an auxiliary before it ("Egypt will host")."""
    if view.lower[first] not in ("host", "hosts"):
        return False
    before = view.lower[first - 1] if first > 0 else ""
    after = view.lower[first + 1] if first + 1 < len(view.tokens) else ""
    return before in _NOUN_BEFORE or after in _NOUN_AFTER


def state_not_place(view: SentenceView, first: int, last: int) -> bool:
    """"was in force", "were in talks": "was in" followed by a lower-case word that is no article ("was in
    the capital" and "was in Moscow" are visits)."""
    if view.lower[first] not in ("was", "were") or last - first != 2 or last >= len(view.tokens):
        return False
    word = view.tokens[last].text
    return word[:1].islower() and view.lower[last] not in ("the", "a", "an")


def told_the_press(view: SentenceView, first: int, last: int) -> bool:
    """"by telephone" closing a statement whose addressee is no side: "told Arab News by telephone", "said by
    phone from Kyiv"; the speech verb is at most five words back and no person or state is named between."""
    if view.lower[first] != "by" or view.lower[last - 1] not in _PHONE:
        return False
    for j in range(first - 1, max(-1, first - 6), -1):
        if j in view.actor_at and view.actor_at[j].entity.kind in ("person", "state"):
            return False  # "told Macron by phone that ...": a call
        if view.lower[j] in _SAID:
            return True
        if view.lower[j] in (",", ";", ".", "and", "he", "she", "they", "we", "i") or view.lemmas[j] in _CONFER:
            return False  # "said he would speak by phone with Trudeau": a call the speaker will make
    return False


_HEDGES = frozenset("could might may".split())
_HEDGE_ADVERBS = frozenset("also still yet even well soon".split())


def speculated(view: SentenceView, first: int) -> bool:
    """A verb of meeting or travel at *first* right after a hedging modal (one adverb may come between)."""
    if view.lemmas[first] not in ("meet", "visit", "travel", "attend", "hold", "speak", "talk", "fly", "host"):
        return False
    j = first - 1
    if j >= 0 and view.lower[j] in _HEDGE_ADVERBS:
        j -= 1
    # "is due in Beijing for talks with Wang Yi, and may also meet Xi": a possible meeting on a trip that is set
    return j >= 0 and view.lower[j] in _HEDGES and not (j > 0 and view.lower[j - 1] == "and")


_ASKED = frozenset("need needs call calls called calling appeal appeals appealed push pushed pushing pressed "
                    "urged urging demand demands demanded".split())
_TALK_WORDS = frozenset("dialogue talks negotiations".split())


def asked_for(view: SentenceView, first: int) -> bool:
    """The talk noun at *first* is what someone asks for: "the need for (constructive) dialogue", "called for
    talks" ("for" at most three words back, a word of asking right before it)."""
    if view.lower[first] not in _TALK_WORDS:
        return False
    for j in range(first - 1, max(0, first - 4), -1):
        if view.lower[j] == "for":
            return view.lower[j - 1] in _ASKED
        if not (view.tokens[j].text.isalpha() and view.tokens[j].text.islower()) and view.lower[j] not in ('"', "“"):
            return False
    return False


_FOSTER = frozenset("boost boosted boosting strengthen strengthened strengthening deepen deepened deepening expand "
                    "expanded expanding enhance enhanced enhancing promote promoted promoting intensify intensified "
                    "foster fostered fostering encourage encouraged encouraging improve improved improving increase "
                    "increased more closer greater regular further".split())


def fostered(view: SentenceView, first: int) -> bool:
    """"agreed to boost dialogue between their militaries", "for closer dialogue": dialogue or consultations as
    something to grow (a verb or comparative right before it, one adjective may come between), no meeting held."""
    if view.lower[first] not in ("dialogue", "consultations"):
        return False
    j = first - 1
    if j > 0 and view.tokens[j].text.isalpha() and view.tokens[j].text.islower() and view.lower[j] not in _FOSTER:
        j -= 1  # "boost military dialogue", "deepen political consultations"
    return j >= 0 and view.lower[j] in _FOSTER


def other_sense(view: SentenceView, first: int, last: int) -> bool:
    """The trigger at *first*..*last* is used in a sense that tells no meeting."""
    return host_noun(view, first) or state_not_place(view, first, last) or told_the_press(view, first, last) \
        or speculated(view, first) or asked_for(view, first) or fostered(view, first)
