"""A city named as where aid goes stands for its state: "Riyadh sent 50 trucks of food and medicine to
Aleppo" is a flow to Syria, "aid flown into Benghazi" one to Libya (README A1: the receiver is a state
or an intergovernmental body; a city is where it lands, its state is who gets it)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.gazetteer import load_gazetteer
from kg.model import Mention

_TOWARDS = frozenset(("to", "into"))


def city_states(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* plus, for each city mention right after "to" or "into" whose state is known, a mention
    of that state over the same words."""
    gazetteer = load_gazetteer()
    by_index = {s.index: s for s in sentences}
    added = []
    for m in mentions:
        if m.entity.kind != "place" or not m.entity.country or m.first == 0:
            continue
        if by_index[m.sentence].tokens[m.first - 1].text.lower() not in _TOWARDS:
            continue
        try:
            state = gazetteer.state(m.entity.country).ref
        except KeyError:
            continue
        added.append(replace(m, entity=state, how="city"))
    return (*mentions, *added) if added else mentions
