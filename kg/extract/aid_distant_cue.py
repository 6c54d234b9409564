"""A stage cue parted from its supply verb by a time phrase: "the UAE agreed in February last year to invest
$35 billion", "China pledged on Monday to send rice", "Tokyo decided last week to provide radars". The cue
window of the verb sees only the time phrase, so the frame keeps the verb's own stage (delivered); the cue
before the phrase gives the stage instead (README A3: agreed, promised, decided to give is pledged). So does the
cue of a first infinitive for a second one joined to it ("agreed to share imagery, and to train engineers")."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

# Words of a time phrase: "in February last year", "on Monday", "earlier this month", "in principle", "in 2023".
_TIME = frozenset("in on at last this next earlier later early late year years month months week weeks day days "
                  "weekend summer winter spring autumn the of principle already also then now finally eventually "
                  "formally".split()) | frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS))
_MAX_PHRASE = 6


def distant_cues(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    """*frames* whose give verb follows "<cue> <time phrase> to" staged by the cue."""
    for frame in frames:
        if frame.trigger.frame == "give" and frame.trigger.status == "delivered" and frame.status == "delivered":
            stage = _cue_before(view, frame.first, lexicon)
            if stage is not None:
                frame.status = stage
    return frames


def _cue_before(view: SentenceView, verb: int, lexicon: AidLexicon) -> str | None:
    if verb < 3 or view.lower[verb - 1] != "to":
        return None
    if view.lower[verb - 2] in ("and", "or"):
        return _shared_cue(view, verb - 2, lexicon)
    j = verb - 2
    while j >= 0 and verb - 2 - j < _MAX_PHRASE and (view.lower[j] in _TIME or view.lower[j].isdigit()):
        j -= 1
    if j < 0 or j == verb - 2 or not any(view.lower[k] not in ("the", "of", "also", "already", "then", "now")
                                         for k in range(j + 1, verb - 1)):
        return None  # no time phrase between: the verb's own cue window has read it
    word = view.lower[j]
    for stage in ("approved", "pledged", "offered"):
        if word in lexicon.cues[stage]:
            return stage
    return "pledged" if word in _VOTED else None  # "The Knesset voted on Wednesday to send aid": a decision


_VOTED = frozenset("voted votes vote".split())


def _shared_cue(view: SentenceView, conjunction: int, lexicon: AidLexicon) -> str | None:
    """"agreed to share satellite imagery ..., and to train 200 engineers": the second infinitive shares the cue
    of the first one's "to" (the nearest one before, in the same sentence, with no other verb frame between)."""
    for k in range(conjunction - 1, max(0, conjunction - 20), -1):
        if view.lower[k] in (";", ":") or view.lower[k] in ("but", "while", "which", "who"):
            return None
        if view.lower[k] == "to" and k >= 1:
            word = view.lower[k - 1]
            for stage in ("approved", "pledged", "offered"):
                if word in lexicon.cues[stage]:
                    return stage
            return _cue_before(view, k + 1, lexicon) if view.lower[k - 1] not in ("and", "or") else None
    return None
