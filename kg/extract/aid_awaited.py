"""Aid named as a noun under a verb of waiting or bargaining has no stage of delivery yet: "Ghana is counting on a
$300 million loan from the World Bank", "Kyiv awaits the next tranche from the EU", "the deal hinges on financing
from the World Bank", "Cairo hopes for fresh
deposits from the Gulf" (a request or hope not yet answered, README A3 unspecified); "we have negotiated $600
million in loans with the ADB" is a loan agreed and still to come (pledged), and so is a package announced or
unveiled by persons the text ties to no state ("the ministers unveiled a New Zealand package"). A noun frame with no verb of its own
is read as delivered; the verb it hangs from, in its clause before it, revises that."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

# lemma -> (the word that must follow it, or "" for none) for verbs of waiting or hoping
_WAITING = {"count": "on", "bank": "on", "hope": "for", "wait": "for", "await": "", "expect": "", "eye": "",
            "anticipate": "", "lobby": "for", "push": "for", "press": "for", "pin": "",
            # a plan that rests on money still to come: "Both deals still hinge on financing from the World Bank"
            "hinge": "on", "contingent": "on", "conditional": "on"}
_BARGAINING = frozenset("negotiate".split())
# Verbs that make known a gift to come: "ministers unveiled a New Zealand package of $1.5 million"
_ANNOUNCING = frozenset("announce unveil earmark allocate".split())
_STOPS = frozenset(". ; : , that which who because while but and".split())
_REACH = 8


def awaited(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* whose aid noun hangs from a verb of waiting (unspecified) or bargaining (pledged)."""
    for frame in frames:
        if frame.trigger.frame == "aid-noun" and frame.status == "delivered":
            stage = _verb_stage(view, frame.first)
            if stage is not None:
                frame.status = stage
    return frames


def _verb_stage(view: SentenceView, noun: int) -> str | None:
    for j in range(noun - 1, max(-1, noun - _REACH), -1):
        if view.lower[j] in _STOPS:
            return None
        lemma = view.lemmas[j]
        if lemma in _WAITING:
            particle = _WAITING[lemma]
            if not particle or view.lower[j + 1:j + 2] == (particle,):
                return "unspecified"
        if lemma in _BARGAINING:
            return "pledged" if view.lower[j].endswith("ed") else "unspecified"
        if lemma in _ANNOUNCING:
            return "pledged"
    return None
