""""according to the ratings agency Fitch", "according to the research firm Kpler", "according to the
think tank Chatham House": a source named after a lower-case description of what it is speaks by its
name (gold rule C2: the institution, else the outlet), whatever the description says."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef

_DESCRIPTORS = frozenset("agency firm company consultancy group tank institute monitor watchdog observatory "
                         "organisation organization lender insurer broker bank analyst analysts tracker provider "
                         "platform service".split())


def descriptor_source(view: SentenceView, start: int) -> tuple[EntityRef, int, int] | None:
    """From token *start* ("the ratings agency Fitch"): (the name, its first token, its end), or None."""
    n = len(view.tokens)
    k = start + (start < n and view.lower[start] in ("the", "a", "an"))
    words = 0
    while k < n and words < 5 and (view.tokens[k].text.islower() and view.tokens[k].text.isalpha()
                                   or view.lower[k] == "-" and words) \
            and view.lower[k] not in ("of", "for", "and", "in", "at", "on", "by", "from", "with"):
        k, words = k + 1, words + 1  # "the ship-tracking firm Kpler"
    if words == 0 or k >= n or view.lower[k - 1] not in _DESCRIPTORS or not view.tokens[k].text[:1].isupper() \
            or k in view.actor_at:
        return None
    return source_name(view, k, 1)
