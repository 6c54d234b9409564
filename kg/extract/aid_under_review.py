"""Supplies whose next step is under review: "Some security assistance shipments to Israel were being
reviewed", "Deliveries of German tanks to Qatar are under review". Neither stopped nor confirmed, the flow has
no stage yet (README A3 "unspecified"); the aid noun's own record stays beside it."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_slots import SAYING, is_passive
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

_REVIEWING = frozenset("review reconsider reassess re-examine reevaluate re-evaluate".split())
_ENTRY = Entry(("review",), "give", "unspecified")
_CLAUSE_OPENERS = frozenset((",", ";", "that", ".")) | SAYING
_AUXILIARIES = frozenset("is are was were be been being has have had now still".split())


@revises(lambda: _REVIEWING | {"under"})  # "was reviewed", "under review"
def under_review(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with an unspecified copy of each aid-noun frame that is reviewed in the passive or "under review";
    an aid noun naming no one ("some assistance shipments were being reviewed") stands for the flow in hand."""
    added: list[Frame] = []
    for j, lemma in enumerate(view.lemmas):
        passive = lemma in _REVIEWING and is_passive(view, j)
        if not passive and not (view.lower[j] == "under" and view.lemmas[j + 1:j + 2] in (("review",), ("scrutiny",))):
            continue
        for frame in frames:
            if frame.trigger.frame != "aid-noun" or frame.status != "delivered" or frame.quote_last > j \
                    or j - frame.quote_last > 6 or set(view.lower[frame.quote_last:j]) & {".", ";", "and", "but", ","}:
                continue
            if not any(rs for _, _, rs in frame.segments) and not frame.donors:
                continue
            added.append(replace(frame, status="unspecified", quote_last=j + 1 + (not passive),
                                 segments=list(frame.segments)))
        if not added and not frames and context.donors and context.recipients \
                and (frame := _in_hand(view, j, passive, context)) is not None:
            added.append(frame)
    return frames + added


def _in_hand(view: SentenceView, at: int, passive: bool, context: Context) -> Frame | None:
    """The flow in hand, reviewed at *at*, when the clause before names aid and no actor."""
    start = at
    while start > 0 and view.lower[start - 1] not in _CLAUSE_OPENERS and view.lower[start - 1] not in CLAUSE_END:
        start -= 1
    nouns = load_lexicon().aid_nouns
    if start == at or view.actors_in(start, at) or not set(view.lower[start:at]) & nouns:
        return None
    end, item_end = at + 1 + (not passive), at
    while item_end > start + 1 and view.lower[item_end - 1] in _AUXILIARIES:
        item_end -= 1  # "shipments were being reviewed": the item ends before its verb
    return Frame(_ENTRY, at, end, context.donors, [(start, item_end, context.recipients)], "unspecified", start, end,
                 used_context=True)
