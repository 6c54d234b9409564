"""Supplies stopped in the passive: "Deliveries of American shells to Ukraine had been suspended",
"Shipments of Russian gas to Moldova were halted on Monday", "Disbursement of the loan was delayed",
"Shipments of rice were held up at the border". The aid noun in the subject names the
flow; the stopping verb after it gives a declined record of its own (README A3: suspended, paused)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import is_passive
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

_STOPPED = frozenset("suspend halt freeze stop pause cut block delay withhold hold shelve scrap cancel abandon revoke "
                      "rescind".split())


def stopped_in_passive(view: SentenceView, frames: list[Frame], lexicon: AidLexicon) -> list[Frame]:
    """*frames* with a declined copy of each aid-noun frame that is the subject of a passive stopping verb."""
    added = []
    for j, lemma in enumerate(view.lemmas):
        if lemma not in _STOPPED or not is_passive(view, j):
            continue
        if lemma == "cut" and view.lower[j + 1:j + 2] != ("off",):
            continue  # "were cut by a third": less, not stopped
        if lemma == "hold" and view.lower[j + 1:j + 2] not in (("up",), ("back",)):
            continue  # "talks were held": only "held up" and "held back" stop a flow
        for frame in frames:
            if frame.trigger.frame != "aid-noun" or frame.status != "delivered" or frame.quote_last > j \
                    or j - frame.quote_last > 6 or set(view.lower[frame.quote_last:j]) & {".", ";", "and", "but"}:
                continue
            if any(f.status == "declined" and f.donors == frame.donors and any(rs for _, _, rs in f.segments)
                   for f in frames + added):
                continue
            added.append(replace(frame, status="declined", quote_last=j + 1,
                                 segments=list(frame.segments)))
    return frames + added
