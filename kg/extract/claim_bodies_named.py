"""Bodies named "<Name> of <state>" anywhere in the text ("deposits at the State Bank of Pakistan", "the
account of the Central Bank of Yemen"), remembered so that a later description of them speaks as the
body: "..., the central bank said", "the State Bank said in a statement", "according to central bank
data" (gold rule C2: a central bank or ministry is recorded by its name, not as its state)."""

from __future__ import annotations

from kg.extract.claim_body_of_state import body_of_state
from kg.extract.cues import needs
from kg.extract.view import SentenceView
from kg.model import EntityRef


@needs("of", nothing=[])  # "the State Bank of Pakistan"
def bodies_named(view: SentenceView) -> list[tuple[EntityRef, int]]:
    """Each body named "<Name> of <state>" in the sentence, with the token where its name starts."""
    found = []
    for mention in view.actors:
        body = body_of_state(view, mention, mention.last)
        if body is not None:
            found.append(body)
    return found


def body_described(view: SentenceView, the: int, j: int, bodies: list[EntityRef]) -> EntityRef | None:
    """The body of *bodies* (oldest first) that the description "the ... <noun>" (article at *the*, noun
    at *j*) stands for: "the central bank", "the State Bank" (the first words of its name); else None."""
    words = list(view.lower[the + 1:j + 1])
    for body in reversed(bodies):
        label = body.label.lower().split()
        if words[-1] in label and (words == label[:len(words)] or words == ["central", "bank"]):
            return body
    return None


def full_name(speaker: EntityRef, bodies: list[EntityRef]) -> EntityRef:
    """*speaker* as the body of *bodies* whose name it begins ("the State Bank": the State Bank of
    Pakistan named before), else as it is."""
    if speaker.kind != "organisation":
        return speaker
    words = speaker.label.lower().removeprefix("the ").split()
    return next((body for body in reversed(bodies) if len(body.label.split()) > len(words)
                 and body.label.lower().split()[:len(words)] == words), speaker)
