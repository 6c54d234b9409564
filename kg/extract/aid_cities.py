"""A city named as where aid goes stands for its state: "Riyadh sent 50 trucks of food and medicine to
Aleppo" is a flow to Syria, "supplies from the UAE arrived in Benghazi" one to Libya (README A1: the
receiver is a state or an intergovernmental body; a city is where it lands, its state is who gets it)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.gazetteer import load_gazetteer
from kg.model import Mention

_TOWARDS = frozenset(("to", "into"))
_ARRIVED = frozenset("arrive arrived arrives arriving land landed lands landing dock docked docks docking".split())


def city_states(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* plus, for each city mention right after "to", "into" or "arrived/landed/docked in" whose
    state is known, a mention of that state over the same words."""
    gazetteer = load_gazetteer()
    by_index = {s.index: s for s in sentences}
    added = []
    for m in mentions:
        if m.entity.kind != "place" or not m.entity.country or m.first == 0:
            continue
        words = [t.text.lower() for t in by_index[m.sentence].tokens[max(0, m.first - 2):m.first]]
        if words[-1] not in _TOWARDS and not (len(words) == 2 and words[1] in ("in", "at") and words[0] in _ARRIVED):
            continue  # "to Aleppo", "arrived in Benghazi" (but not "a meeting in Geneva")
        try:
            state = gazetteer.state(m.entity.country).ref
        except KeyError:
            continue
        added.append(replace(m, entity=state, how="city"))
    return (*mentions, *added) if added else mentions
