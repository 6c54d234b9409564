"""Cues around a speech verb: who speaks in a relative clause, unnamed groups that speak, and objects that
make no statement."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_OFFER_OBJECTS = frozenset("offer offers proposal proposals request requests aid loan loans package deal plan plans "
                           "bid invitation demand demands assistance grant appeal".split())


def offer_object(view: SentenceView, j: int) -> bool:
    """Is the object of the verb at *j* an offer, a request or aid ("rejected an EU offer of ...")?"""
    for k in range(j + 1, min(j + 5, len(view.tokens))):
        if view.lower[k] in _OFFER_OBJECTS:
            return True
        if view.lower[k] in ("that", ",", ".", "claims", "claim", "reports", "report", "allegations", "accusations"):
            return False
    return False


def relative_speaker(view: SentenceView, j: int) -> Mention | None:
    """The actor before ", which/who (reportedly) <said>": the speaker of a relative clause."""
    k = j - 1
    while k > 0 and view.lower[k].endswith("ly") and view.lower[k] not in ("only",):
        k -= 1
    if k < 2 or view.lower[k] not in ("which", "who") or view.lower[k - 1] != ",":
        return None
    mention = view.actor_at.get(k - 2)
    if mention is None or mention.last != k - 1 or view.in_pp(mention) or view.possessive(mention):
        return None
    return mention


GROUP_SPEAKERS = frozenset("critics experts analysts observers economists activists witnesses residents "
                           "commentators scholars researchers media traders dealers bankers scientists outlets "
                           "agencies groups".split())
_NOT_MODIFIERS = frozenset("the a an and or but of in on at to for with by from that which who as some many most "
                           "several other few all both these those this its their his her our also have has had "
                           "while when after before".split())


def group(view: SentenceView, j: int) -> EntityRef:
    """A group of unnamed people speaking, named as written with the words that say which group ("critics",
    "climate scientists", "local outlets", "American farmers"): one claimant."""
    first = j
    while first > 0 and j - first < 3 and view.tokens[first - 1].text.isalpha() \
            and view.lower[first - 1] not in _NOT_MODIFIERS | {"citing", "quoting", "according"}:
        first -= 1
    words = [view.tokens[k].text if (k > 0 or k in view.actor_at) else view.lower[k] for k in range(first, j + 1)]
    name = " ".join(words)
    return EntityRef("group", slug(name), name)
