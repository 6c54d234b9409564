"""A city named as where aid goes stands for its state: "Riyadh sent 50 trucks of food and medicine to
Aleppo" is a flow to Syria, "supplies from the UAE arrived in Benghazi" one to Libya (README A1: the
receiver is a state or an intergovernmental body; a city is where it lands, its state is who gets it)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract.aid_arrival import ARRIVE
from kg.extract.aid_context import DISASTERS, STRIKING
from kg.extract.aid_getter_slots import BUILD
from kg.extract.gazetteer import country_state
from kg.model import Mention

_TOWARDS = frozenset(("to", "into", "for"))  # "pledged $10 million for Gaza"
_REACHED = frozenset(("reach", "enter"))  # "Egyptian flour has reached Gaza", "trucks entered the Gaza Strip"
# words between the preposition and the name: "to the northern Gaza Strip", "into besieged Aleppo"
_BETWEEN = frozenset(("the", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
                      "west", "besieged", "devastated", "stricken", "quake-hit", "flood-hit", "war-torn"))
# the tail of a hyphened description before the name, split off by the tokenizer: "rebel-held", "quake-hit"
_HELD = frozenset("held controlled occupied run hit torn stricken ravaged affected struck besieged".split())
# aid dropped from the air falls "over" the place: "planes parachuted food over the Gaza Strip"
_DROP = frozenset(("drop", "airdrop", "airdropped", "airdrops", "airdropping", "air-drop", "parachute"))


def city_states(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* plus, for each city mention right after "to", "into", "reached", "entered", "arrived/landed/docked in",
    "over" (for aid dropped from the air), "in" (for what is built or financed there) or after a disaster's verb
("the floods that swamped Maiduguri": the getter of the help that follows), whose state is
    known (and named in the report, when the report keeps naming other states), a mention of that state over the
    same words."""
    by_index = {s.index: s for s in sentences}
    named = Counter(m.entity for m in mentions if m.entity.kind == "state")
    topical = any(count >= 3 for count in named.values())  # a report clearly about some state(s)
    added = []
    for m in mentions:
        if m.entity.kind != "place" or not m.entity.country:
            continue
        tokens = by_index[m.sentence].tokens
        if m.first == 0 and not _getter_subject(tokens, m.last):
            continue
        first = m.first
        while first > 1 and (tokens[first - 1].lower in _BETWEEN or first > 3 and tokens[first - 2].lower == "-"
                             and tokens[first - 1].lower in _HELD):
            first -= 1 if tokens[first - 1].lower in _BETWEEN else 3  # "to government-held Aleppo"
        before = tokens[max(0, first - 2):first]
        # (a city that opens the sentence before a verb of getting: "Herat already draws power from Turkmenistan")
        if m.first > 0 and before[-1].lower not in _TOWARDS and before[-1].lemma.lower() not in _REACHED and not (
                len(before) == 2 and before[1].lower in ("in", "at") and before[0].lemma.lower() in ARRIVE) and not (
                _touched_down(tokens, first)) and not (
                before[-1].lower == "over" and any(t.lemma.lower() in _DROP for t in tokens[:first])) and not (
                before[-1].lower == "in" and (any(t.lemma.lower() in BUILD for t in tokens[:first])
                                              or _built_after(tokens, m.last)
                                              and tokens[first - 2].lower not in EVENTS)) and not (
                before[-1].lemma.lower() in STRIKING and any(t.lower in DISASTERS for t in tokens[:first])):
            continue  # "to Aleppo", "arrived in Benghazi", "floods that swamped Maiduguri" (not "a meeting in Geneva")
        state = country_state(m.entity.country)
        if state is None or topical and state not in named:
            continue  # a report about other states that never names this one: likely another place's name
            # ("Santa Cruz" airport in a report on Bolivia is not the Philippine city)
        added.append(replace(m, entity=state, how="city"))
    return (*mentions, *added) if added else mentions


_GETTING = frozenset("draw import receive buy get obtain".split())
_ADVERBS = frozenset("already still now also currently mostly mainly largely".split())


def _getter_subject(tokens, last: int) -> bool:
    """Does a verb of getting follow the city that opens the sentence ("Herat already draws power from")?"""
    k = last
    while k < len(tokens) and tokens[k].lower in _ADVERBS:
        k += 1
    return k < len(tokens) and tokens[k].lemma.lower() in _GETTING and tokens[k].lower != tokens[k].lemma.lower()


EVENTS = frozenset("conference conferences meeting meetings summit summits talks forum forums event events "
                     "festival exhibition workshop seminar".split())  # "A conference in Nairobi was funded by Norway"


def _built_after(tokens, last: int) -> bool:
    """"The school in Gaza was paid for by the EU": the subject's place, built or paid for in the passive."""
    after = tokens[last:last + 4]
    return any(a.lower in ("was", "were", "is", "are", "will", "be") and (b.lemma.lower() in BUILD or b.lower == "paid")
               for a, b in zip(after, after[1:]))


def _touched_down(tokens, first: int) -> bool:
    """"touched down in Matanzas": a landing."""
    return first >= 3 and tokens[first - 1].lower in ("in", "at") and tokens[first - 2].lower == "down" \
        and tokens[first - 3].lemma.lower() == "touch"
