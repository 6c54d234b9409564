"""One unnamed source: "A Western diplomat said ...", "a port official said", "One senior aide argued ...",
"An Asian diplomat, who asked not to be named, said ...": the speaker is recorded by its words (gold rule
C2: generic speakers by their words, as "critics" or "Western officials" are). A state or body named in the
phrase ("a US official", "an EU diplomat") is read by the rules before this one and speaks for itself."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

LONE_SPEAKERS = frozenset("official diplomat source aide insider analyst expert observer economist adviser advisor "
                          "negotiator mediator envoy".split())
_INDEFINITE = frozenset("a an one another".split())
# what may stand before the phrase: the sentence's start or the edge of a clause
_BEFORE = frozenset(", ; : but and while whereas \" “ ” (".split())
_GAP = frozenset("has had have also later earlier separately".split())  # "a diplomat has also said"
# words that open an aside between the source and the verb: "who asked not to be named", "speaking on
# condition of anonymity", "citing the talks", "declining to be identified"
_ASIDE_OPENERS = frozenset("who speaking citing declining requesting asking".split())
_NOT_MODIFIERS = frozenset("the of in on at to for with by from that which who as and or but".split())
_MODIFIER_REACH = 3
_ASIDE_REACH = 14


def lone_source(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """(the source, where its phrase starts) speaking the verb at *verb*, or None."""
    end = verb - 1
    while end > 0 and view.lower[end] in _GAP:
        end -= 1
    if view.lower[end] == ",":  # "..., who asked not to be named, said"
        opening = next((k for k in range(end - 1, max(0, end - _ASIDE_REACH), -1) if view.lower[k] == ","), None)
        if opening is None or opening + 1 >= end or view.lower[opening + 1] not in _ASIDE_OPENERS:
            return None
        end = opening - 1
    if end < 1 or view.lower[end] not in LONE_SPEAKERS:
        return None
    start = end
    while start > 0 and end - start < _MODIFIER_REACH and view.lower[start - 1] not in _INDEFINITE:
        word = view.tokens[start - 1].text
        if not word.isalpha() or view.lower[start - 1] in _NOT_MODIFIERS:
            return None
        start -= 1
    det = start - 1
    if det < 0 or view.lower[det] not in _INDEFINITE or (det > 0 and view.lower[det - 1] not in _BEFORE):
        return None
    if any(k in view.actor_at for k in range(det, end + 1)) or any(
            m.first <= end and m.last > det for m in view.actors):
        return None  # "a US official", "an EU diplomat": the state or body speaks
    words = [view.tokens[k].text if view.tokens[k].text[:1].isupper() and k > 0 and view.tokens[k].text[1:].islower()
             and view.lower[k] not in LONE_SPEAKERS else view.lower[k] for k in range(start, end + 1)]
    name = " ".join(words)
    return EntityRef("group", slug(name), name), det
