"""Aircraft, ships and troops sent to carry relief are humanitarian aid, not military: "India flew four
helicopters to Nepal to carry relief", "Thailand will send 1,000 troops to its quake-hit neighbour". A flow
whose only military words are carriers or people (planes, helicopters, ships, troops, soldiers) takes the
humanitarian category instead of military when its sentence names relief or rescue, or the whole report is a
relief story (aid_relief_money.relief_story). Weapons named beside them ("armed drones", "shells") keep the
flow military."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from kg.extract.aid_relief_money import relief_story
from kg.extract.lexicon import load_lexicon
from kg.model import AidFlow, Sentence

# Military words that name a carrier or the people sent, not a weapon.
_CARRIERS = frozenset("aircraft plane planes jet jets helicopter helicopters hercules c-130 c-130s ship ships vessel "
                      "vessels transport transports troops soldiers personnel military armed forces air force navy "
                      "army".split())
# Words of relief or rescue in the flow's own sentence.
_RELIEF_WORDS = frozenset("relief rescue rescuers humanitarian disaster emergency evacuate evacuation victims "
                          "survivors quake earthquake flood floods flooding cyclone typhoon hurricane storm "
                          "firefighting fire-fighting firefighters wildfire wildfires blaze blazes tsunami drought "
                          "famine landslide landslides eruption".split())
# Carrier words that are also adjectives of goods: carriers only before another carrier word.
_ADJECTIVES = frozenset("military armed transport".split())
_PEOPLE = frozenset("engineers doctors medics teams team units unit specialists experts staff crews crew "
                    "planners".split())
_WORD = re.compile(r"[\w-]+")


def relief_carriers(flows: list[AidFlow], sentences: Iterable[Sentence]) -> list[AidFlow]:
    """*flows* with carriers and troops sent for relief made humanitarian instead of military."""
    story = None
    out = []
    for flow in flows:
        if "military" in flow.categories and _carriers_only(flow.item):
            if story is None:
                story = relief_story(sentences)
            if story or _RELIEF_WORDS & set(w.lower() for w in _WORD.findall(flow.evidence.sentence_text)):
                kinds = [k for k in flow.categories if k != "military"]
                flow = replace(flow, categories=tuple(kinds if "humanitarian" in kinds else ["humanitarian", *kinds]))
        out.append(flow)
    return out


def _carriers_only(item: str) -> bool:
    """Does *item* name carriers or troops, and no other military goods?"""
    words = [w.lower() for w in _WORD.findall(item)]
    categorise = load_lexicon().categorise
    # "military" is a carrier only before one or before people ("military aircraft", "military engineers"); in
    # "military and humanitarian aid" or "military equipment" it names military goods
    carriers = {i for i, w in enumerate(words) if w in _CARRIERS
                and (w not in _ADJECTIVES or (i + 1 < len(words) and words[i + 1] in _CARRIERS | _PEOPLE))}
    if not carriers:
        return False
    return "military" not in categorise([w for i, w in enumerate(words) if i not in carriers])[0]
