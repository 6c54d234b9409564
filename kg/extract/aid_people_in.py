"""People of a state named as the getters of aid: "donated $10 million to flood victims in Pakistan", "a
grant for displaced families in Sudan", "aid to people in Gaza", "chairs for schools across Cambodia" (a place
stands for its state). Aid to a state's people is aid to that state (README A1: the
receiver is a state); the state after "in" is otherwise only a place, so a getter mention of the state
is put over the whole phrase ("flood victims in Pakistan") for the supply frames to read."""

from __future__ import annotations

from kg.extract.gazetteer import country_state
from kg.model import Mention

_PEOPLE = frozenset("victims people families survivors residents communities civilians children households "
                    "farmers villagers displaced evacuees population populations".split())
# a state's public institutions ("donated medicine to hospitals in Zambia"), after plain modifiers only
# (not "pledged to build schools in Morocco": a purpose, whose verb reads the place)
_INSTITUTIONS = frozenset("schools hospitals clinics universities".split())
_INSTITUTION_MODIFIERS = frozenset("the its their local public primary secondary rural state-run several many "
                                   "some more new field district regional".split())
_WHERE = frozenset(("in", "across", "throughout"))  # "to schools across Cambodia"
_TOWARDS = frozenset(("to", "for"))


def people_in_states(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* plus a mention of the state for each "to/for <people> in <state>"."""
    by_index = {s.index: s for s in sentences}
    added = []
    for m in mentions:
        if m.first < 3 or not (m.entity.kind == "state" and m.how in ("name", "capital")
                               or m.entity.kind == "place" and m.entity.country):
            continue
        sentence = by_index[m.sentence]
        tokens = sentence.tokens
        noun = tokens[m.first - 2].lower
        if tokens[m.first - 1].lower not in _WHERE or noun not in _PEOPLE | _INSTITUTIONS:
            continue
        j = m.first - 3
        while j > 0 and m.first - j <= 6 and tokens[j].lower not in _TOWARDS and (
                tokens[j].text.isalpha() and tokens[j].text.islower() or tokens[j].text[:1].isdigit()):
            # ("for some 32 million people in Ethiopia": a count of the people is part of the phrase)
            j -= 1
        if tokens[j].lower not in _TOWARDS or noun in _INSTITUTIONS and not all(
                t.lower in _INSTITUTION_MODIFIERS or t.text[:1].isdigit() for t in tokens[j + 1:m.first - 2]):
            continue
        first = j + 1 + (tokens[j + 1].lower == "the")
        start, end = tokens[first].start, tokens[m.last - 1].end
        state = m.entity if m.entity.kind == "state" else country_state(m.entity.country)
        if state is not None:
            added.append(Mention(start, end, sentence.text[start - sentence.start:end - sentence.start], m.sentence,
                                 first, m.last, state, "description"))
    return (*mentions, *added) if added else mentions

