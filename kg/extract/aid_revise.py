"""Late revisions of a sentence's aid frames, once every trigger has been read: supplies stopped in
the passive (aid_stopped), consent given as a noun (aid_approval) and part of a promise already given
(aid_partial)."""

from __future__ import annotations

from kg.extract.aid_approval import approvals
from kg.extract.aid_nouns import Frame
from kg.extract.aid_partial import partly_given
from kg.extract.aid_stopped import stopped_in_passive
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView


def revised(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    return partly_given(view, approvals(view, stopped_in_passive(view, frames, lexicon)))
