"""A flow stopped in a later clause of its own sentence: "Japan had planned to send two patrol ships to the
Philippines, but the transfer was cancelled", "Qatar pledged $50 million to Niger; the payments were
suspended after the coup", "Riyadh promised Islamabad $2 billion, but the money never materialised". The aid noun after "but", "and" or ";" points back at the flow just named, and
the stopping verb gives that flow a declined record of its own (README A2, A3); the earlier stage stays.
aid_anaphora reads the same stop when it opens a sentence of its own."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_anaphora import stopping_verb
from kg.extract.aid_nouns import Frame
from kg.extract.aid_never_used import never_used
from kg.extract.cues import revises
from kg.extract.lexicon import aid_nouns_and
from kg.extract.view import SentenceView

_POINTING = frozenset("the these those this that its their such".split())
_LINKS = frozenset(("but", "and", ";", ",", "though", "although", "yet"))
_EXTRA_NOUNS = frozenset("order orders payment payments money funds deliveries flow flows deal contract programme "
                         "program arrangement facility plan plans handover transfer transfers project cargoes cargo "
                         "consignments".split())
_STAGED = frozenset(("pledged", "delivered", "approved", "offered"))
# "..., but the money never materialised", "..., but it never arrived" (aid_never reads it in a sentence of its own)
_NEVER_GIVEN = frozenset("disbursed delivered paid arrived materialised materialized came transferred released".split())


def _never_given(view: SentenceView, j: int) -> int | None:
    k = j + 1 + (view.lower[j + 1:j + 2] == ("has",) or view.lower[j + 1:j + 2] == ("have",))
    if view.lower[k:k + 1] == ("never",) and view.lower[k + 1:k + 2] and view.lower[k + 1] in _NEVER_GIVEN:
        return k + 1
    return None


@revises(frames="needed")  # every record it adds copies a frame in hand
def stopped_in_clause(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a declined copy of the flow that a later clause of the sentence says was stopped."""
    nouns = aid_nouns_and(_EXTRA_NOUNS)
    added = []
    words = view.sentence.lower_set
    for j in range(2, len(view.tokens)) if "it" in words or not words.isdisjoint(nouns) else ():
        if view.lower[j] == "it" and view.lower[j - 1] in _LINKS:
            verb = _never_given(view, j)  # "..., but it never arrived"
        elif view.lower[j] not in nouns or view.lower[j - 1] not in _POINTING or view.lower[j - 2] not in _LINKS:
            continue
        else:
            verb = stopping_verb(view, j) or _never_given(view, j)
        if verb is None or verb < j or any(f.quote_first <= j < f.quote_last and f.donors
                                           and any(rs for _, _, rs in f.segments) for f in frames):
            continue  # only a stop said of the noun as subject, which no flow of the sentence has read yet
        before = [f for f in frames if f.quote_last <= j - 1 and f.status in _STAGED and f.donors
                  and any(rs for _, _, rs in f.segments)]
        if before and not any(f.status == "declined" and f.donors for f in frames):
            flow = before[-1]
            added.append(replace(flow, status="declined", quote_last=verb + 1))
    return never_used(view, _frozen_subjects(view, frames + added))


_BE = frozenset("is are was were remains remain remained".split())
_STILL = frozenset("still now largely mostly partly effectively also been has have had".split())
_FROZEN = frozenset("frozen suspended halted blocked paused".split())


def _frozen_subjects(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """"Much of the $430 million a year that Washington provides for development is still frozen": a flow
    read inside the subject of a stopping predicate gets a declined record too, its item cut before the
    predicate."""
    if any(f.status == "declined" and f.donors for f in frames):
        return frames
    result, added = [], []
    for frame in frames:
        stop = _frozen_at(view, frame) if frame.status in _STAGED and frame.donors else None
        if stop is None:
            result.append(frame)
            continue
        be, end = stop
        cut = replace(frame, segments=[(s, min(e, be), rs) for s, e, rs in frame.segments], quote_last=be)
        result.append(cut)
        added.append(replace(cut, status="declined", quote_last=end))
    return result + added


def _frozen_at(view: SentenceView, frame: Frame) -> tuple[int, int] | None:
    """The "is still frozen" after the verb of *frame* and within its quote: (first token, end)."""
    n = len(view.tokens)
    for k in range(frame.last, min(n, frame.quote_last + 1)):
        if view.lower[k] in (",", ";", ".") or (k != frame.last and k in view.actor_at):
            return None
        if view.lower[k] in _BE:
            j = k + 1
            while j < n and view.lower[j] in _STILL:
                j += 1
            if j < n and view.lower[j] in _FROZEN:
                return k, j + 1
            if view.lower[j:j + 2] == ("on", "hold"):
                return k, j + 2
            return None
    return None
