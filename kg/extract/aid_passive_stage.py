"""The stage of goods received in the passive: "The jets will be bought with US loans", "which model would be
purchased", "the gas is to be imported from Qatar". The passive receive frame takes its stage from the verb
alone; the modal and other cues before it say the purchase is still to come, as they do for an active verb."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import AidLexicon
from kg.extract.view import BE_FORMS, SentenceView

_GETTING = frozenset("buy purchase acquire procure import obtain receive get".split())


def passive_stage(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    """*frames* with each delivered passive receive frame restaged by the cues before its "be"."""
    result = []
    for frame in frames:
        at = frame.first
        if frame.trigger.frame == "receive" and frame.trigger.words[0] in _GETTING and frame.status == "delivered" \
                and at > 0 and view.lower[at - 1] in BE_FORMS and not view.lower[at].endswith("ing"):
            cue = status_cues(view, at, "delivered", lexicon)
            if cue in ("pledged", "offered", "approved", "unspecified"):
                frame = replace(frame, status=cue)
        result.append(frame)
    return result
