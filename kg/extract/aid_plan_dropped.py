"""A plan or deal to give or buy that a later passive verb says was given up: "Indonesia's plan to buy
Russian Su-35 fighters was dropped in 2021", "A deal for Egypt to buy Russian jets was scrapped", "Plans to
sell drones to Kyiv have been shelved".

The flow named in the plan never came about, so its stage is declined (README A3: dropped, cancelled),
not the pledge the plan noun alone would give; the item ends before the verb, and a state named only after
the verb ("under the threat of US sanctions") is no party of it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import is_passive
from kg.extract.view import SentenceView

_PLANS = frozenset("plan plans deal deals proposal proposals bid bids scheme agreement offer contract move idea "
                   "project".split())
_GIVEN_UP = frozenset("drop scrap shelve cancel abandon ditch suspend freeze halt block veto reject "
                      "withdraw".split())
_BREAKS = frozenset(". ; : but and while although".split())
_BEFORE_VERB = frozenset("was were been be has have had later quietly since eventually also".split())  # "was later dropped"


def plans_dropped(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each planned flow whose plan a passive verb gives up made declined."""
    if _GIVEN_UP.isdisjoint(view.lemmas):
        return frames
    return [_dropped(view, frame) or frame for frame in frames]


def _dropped(view: SentenceView, frame: Frame) -> Frame | None:
    first = frame.first
    if frame.trigger.frame not in ("give", "receive") or view.lower[first - 1:first] != ("to",) \
            or _PLANS.isdisjoint(view.lower[max(0, first - 5):first - 1]):
        return None
    verb = next((j for j in range(first + 1, min(len(view.tokens), first + 16))
                 if view.lemmas[j] in _GIVEN_UP and is_passive(view, j) or view.lower[j] in _BREAKS), None)
    if verb is None or view.lower[verb] in _BREAKS:
        return None
    be = next((j for j in range(verb, first, -1) if view.lower[j - 1] not in _BEFORE_VERB), first + 1)
    before = {m.entity for m in view.actors if m.first < be}
    donors = tuple(d for d in frame.donors if d in before)
    segments = [(s, min(e, be), tuple(r for r in rs if r in before)) for s, e, rs in frame.segments if s < be]
    if not donors or not segments:
        return None
    return replace(frame, status="declined", donors=donors, segments=segments, quote_last=verb + 1)
