"""Supplies stopped in the passive: "Deliveries of American shells to Ukraine had been suspended",
"Shipments of Russian gas to Moldova were halted on Monday", "Disbursement of the loan was delayed",
"Shipments of rice were held up at the border", "Italy's offer of two frigates was dropped". The aid or
offer noun in the subject names the flow; the stopping verb after it gives a declined record of its own
(README A3: suspended, paused)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import is_passive
from kg.extract.cues import revises
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

_STOPPED = frozenset("suspend halt freeze stop pause cut block delay withhold hold shelve scrap cancel abandon revoke "
                      "rescind drop withdraw".split())


@revises(lambda: _STOPPED, frames="needed")  # a stopping verb and a frame to stop
def stopped_in_passive(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    """*frames* with a declined copy of each aid-noun frame that is the subject of a passive stopping verb."""
    added = []
    for j, lemma in enumerate(view.lemmas):
        if lemma not in _STOPPED or not (is_passive(view, j) or _irregular_passive(view, j)):
            continue
        if lemma == "cut" and view.lower[j + 1:j + 2] != ("off",):
            continue  # "were cut by a third": less, not stopped
        if lemma == "hold" and view.lower[j + 1:j + 2] not in (("up",), ("back",)):
            continue  # "talks were held": only "held up" and "held back" stop a flow
        frames = [_stopped_participle(view, frame, j) or frame for frame in frames]
        for frame in frames:
            if (frame.trigger.frame, frame.status) not in _STOPPABLE or frame.quote_last > j \
                    or j - frame.quote_last > 8 or set(view.lower[frame.quote_last:j]) & {".", ";", "and", "but"}:
                continue
            if any(f.status == "declined" and f.donors == frame.donors and any(rs for _, _, rs in f.segments)
                   for f in frames + added):
                continue
            added.append(replace(frame, status="declined", quote_last=j + 1,
                                 segments=list(frame.segments)))
    return frames + added


# Noun frames a passive stop applies to: aid named ("Shipments of gas were halted") and an offer named ("Italy's
# offer of two frigates was dropped": offered, then declined; "Egypt's planned purchase of Su-35s was abandoned").
_STOPPABLE = frozenset({("aid-noun", "delivered"), ("offer-noun", "offered"), ("purchase-noun", "pledged"),
                        ("purchase-noun", "approved"), ("purchase-noun", "delivered")})
_IRREGULAR = frozenset("withdrawn".split())


def _irregular_passive(view: SentenceView, j: int) -> bool:
    """"was withdrawn": an irregular participle of a stopping verb after a form of *be*."""
    return view.lower[j] in _IRREGULAR and j > 0 and view.lower[j - 1] in ("is", "are", "was", "were", "been", "be")


_BEFORE_PARTICIPLE = frozenset("is are was were be been being has have had will would".split())


def _stopped_participle(view: SentenceView, frame: Frame, j: int) -> Frame | None:
    """"30 million euros in military assistance earmarked for the country had been frozen": a supply verb
    used as a participle after its goods, in the subject of a passive stopping verb at *j*, is stopped; the
    goods before the participle are the item, and the stage is declined (README A3), not the participle's."""
    first = frame.first
    if frame.trigger.frame != "give" or not view.lower[first].endswith("ed") or first == 0 \
            or view.lower[first - 1] in _BEFORE_PARTICIPLE or first - 1 in view.actor_at \
            or not first < j <= frame.quote_last + 6 or set(view.lower[first:j]) & {".", ";", ",", "and", "but"}:
        return None
    start = first
    while start > 0 and view.lower[start - 1] not in (",", ";", ":", "that", "which", ".") and first - start < 10:
        start -= 1
    if start == first:
        return None
    named = tuple(m.entity for m in view.state_in(first + 1, j) if view.word_before(m) in ("for", "to"))
    recipients = named or (frame.segments[0][2] if frame.segments else ())
    return replace(frame, status="declined", segments=[(start, first, recipients)], quote_first=start,
                   quote_last=j + 1)
