"""An actor in the object of the subject's first verb is no party to the accord of its second: in "Sri Lanka
turned down a Chinese offer of a loan and instead signed a credit line with India", China is what the first
verb took, and the credit line is Sri Lanka's with India."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_GOODS = frozenset("gas oil crude coal grain wheat fuel diesel lng electricity power weapons arms drones jets "
                   "tanks missiles fertiliser fertilizer".split())
_BETWEEN = frozenset("instead also then later subsequently separately has have had".split())
_AUXILIARIES = frozenset("has have had was were is are will would".split())
# common irregular past forms ("cut ties with Taiwan and signed", "held talks with Iran and signed")
_IRREGULAR = frozenset("cut held met made took gave broke won sent sold bought began led left paid kept spent put set "
                       "hit told sought brought built drew fought".split())


def _verb(word: str, text: str) -> bool:
    return text.isalpha() and text.islower() and (word.endswith("ed") or word in _AUXILIARIES or word in _IRREGULAR)


def earlier_object(view: SentenceView, mention: Mention, noun_first: int) -> bool:
    """Is *mention* (before the accord noun at *noun_first*) after a verb of the clause and before "and
    [instead] <verb>" that leads to the noun?"""
    if mention.last > noun_first:
        return False
    if mention.how == "demonym" and mention.last < len(view.tokens) and view.lower[mention.last] in _GOODS \
            and "," in view.lower[mention.last:noun_first]:
        return True  # "will import Azerbaijani gas ..., Vucic said, as its contract with Gazprom runs out"
    if not any(_verb(view.lower[j], view.tokens[j].text) for j in range(max(0, mention.first - 6), mention.first)):
        return False  # the subject ("Sri Lanka and India signed ..."), not an object
    for a in range(mention.last, noun_first):
        if view.lower[a] != "and":
            continue
        k = a + 1
        while k < noun_first and view.lower[k] in _BETWEEN:
            k += 1
        if k < noun_first and _verb(view.lower[k], view.tokens[k].text):
            return True
    return False


def second_verb(view: SentenceView, c_first: int, noun_first: int) -> int:
    """Where the stage of the accord at *noun_first* is read from: after "<verb> <object> and [instead]" when the
    noun is the object of the second verb ("rejected a Japanese offer ... and instead signed a credit line":
    signed, not rejected); *c_first* else ("signed and ratified the treaty" keeps both verbs)."""
    for a in range(noun_first - 1, c_first, -1):
        if view.lower[a] != "and" or _verb(view.lower[a - 1], view.tokens[a - 1].text):
            continue
        k = a + 1
        while k < noun_first and view.lower[k] in _BETWEEN:
            k += 1
        if k < noun_first and _verb(view.lower[k], view.tokens[k].text) and any(
                _verb(view.lower[j], view.tokens[j].text) for j in range(c_first, a)):
            return a + 1
        return c_first
    return c_first
