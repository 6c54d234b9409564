"""Goods a vehicle carries to a state, with the giver named by the goods: "cargo ships that were carrying
US weapons to Israel", "Tankers carried Iranian oil to Syria", "a freighter carrying Ukrainian wheat for
Ethiopia". The giver is the state of a demonym, possessive or adjectival name in the goods; the getter
the state after "to", "into" or "for". Departures and arrivals of vehicles are read by aid_transport and
aid_arrival; this reads the carrying verb itself, when the goods head somewhere."""

from __future__ import annotations

from kg.extract.aid_arrival import subject_start
from kg.extract.aid_nouns import Frame
from kg.extract.aid_transport import VEHICLES
from kg.extract.lexicon import AidLexicon, Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_ENTRY = Entry(("carry",), "give", "delivered")
# (and pipelines: "The pipeline carries Nigerian gas to Benin, Togo and Ghana")
_CARRIERS = VEHICLES | frozenset("tanker tankers vessel vessels barge barges cargo pipeline pipelines interconnector "
                                  "line lines".split())  # "the line is to carry Nigerian gas to Morocco"
_HEADING = frozenset(("to", "into", "for"))
_GOODS_STOP = frozenset(", . ; to into for from in on at through via and".split())
_TO_COME = frozenset("will due expected set scheduled would designed planned meant intended".split())


def carry_frame(view: SentenceView, at: int, frames: list[Frame], context=None) -> Frame | None:
    """The frame of "carry" at token *at*, if a vehicle carries goods of a named giver to a named state, or
    a state's vehicle carries goods with no place named while one getter is in hand ("Floods hit Libya. The
    Emirati aircraft carried 150 tonnes of relief goods")."""
    if view.lemmas[at] != "carry":
        return None
    start = subject_start(view, at)
    if not any(view.lower[j] in _CARRIERS for j in range(max(start, at - 8), at)):
        return None  # "the bill carries ...", "drones carrying explosives": only vehicles carry supplies
    end = at + 1
    while end < len(view.tokens) and view.lower[end] not in _GOODS_STOP:
        end += 1
    if end == at + 1:
        return None
    goods_end, end = end, _past_source_place(view, end)  # "carries Russian oil from Siberia to China"
    if end + 1 >= len(view.tokens) or view.lower[end] not in _HEADING:
        return _carried_in_hand(view, start, at, end, frames, context)
    if not load_lexicon().categorise([t.text for t in view.tokens[at + 1:goods_end]])[0]:
        return None
    givers = [m for m in view.actors_in(at + 1, goods_end) if m.entity.kind == "state" and (
        m.how == "demonym" or view.possessive(m) or (m.last < goods_end and view.lower[m.last].isalpha()))]
    k = end + 1 + (view.lower[end + 1] == "the")
    getter = view.actor_at.get(k)
    if not givers or getter is None or getter.entity.kind != "state" or getter.how == "demonym":
        return None
    donors = unique(m.entity for m in givers if m.entity != getter.entity)
    if not donors or any(set(f.donors) & set(donors) for f in frames):
        return None
    before = view.lower[max(start, at - 4):at]
    status = "pledged" if _TO_COME & set(before) or before[-2:] in (("is", "to"), ("are", "to")) else "delivered"
    getters = [m for m in view.group(getter) if m.entity.kind == "state" and m.entity not in donors]  # "to Benin,
    # Togo and Ghana"
    return Frame(_ENTRY, at, at + 1, donors, [(at + 1, goods_end, unique(m.entity for m in getters))], status, start,
                 getters[-1].last)


def _past_source_place(view: SentenceView, end: int) -> int:
    """Past "from <a place that is no state>" after the goods ending at *end*, to the "to" after it, if any."""
    if view.lower[end] != "from":
        return end
    for j in range(end + 1, min(end + 8, len(view.tokens))):
        if j in view.actor_at or view.lower[j] in (",", ".", ";"):
            return end
        if view.lower[j] in _HEADING:
            return j
    return end


def _carried_in_hand(view: SentenceView, start: int, at: int, end: int, frames: list[Frame], context) -> Frame | None:
    """A vehicle named by its state ("The Emirati aircraft", "A Turkish ship") carrying goods, no place named:
    the goods go to the one getter in hand."""
    if context is None or len(context.recipients) != 1 or frames \
            or not load_lexicon().categorise([t.text for t in view.tokens[at + 1:end]])[0]:
        return None
    owners = unique(m.entity for m in view.actors_in(start, at) if m.entity.kind == "state"
                    and (m.how == "demonym" or view.possessive(m)) and m.entity not in context.recipients)
    if len(owners) != 1:
        return None
    ahead = (_TO_COME | {"to"}) & set(view.lower[start:at])  # "Wellington's contribution is to cover ... an aircraft carrying"
    return Frame(_ENTRY, at, at + 1, owners, [(at + 1, end, context.recipients)], "pledged" if ahead else "delivered",
                 start, end, used_context=True)


_CARRIED_BY = frozenset("plane planes aircraft flight flights ship ships helicopter helicopters truck trucks".split())


def goods_in(view: SentenceView, at: int, lexicon: AidLexicon) -> bool:
    """Do goods other than arms follow the particle "in" at *at* ("flew in tents and blankets", "trucked in fuel";
    not "sent in ground troops", an attack)?"""
    carrier = next((j for j in range(at + 1, min(at + 5, len(view.tokens) - 1)) if view.lower[j] in _CARRIED_BY
                    and view.lower[j + 1] in ("with", "carrying", "loaded")), None)  # "flew in three planes with rescue teams"
    stop = min((carrier + 6) if carrier is not None else (at + 5), len(view.tokens))
    end = next((j for j in range(at + 1, stop) if view.lower[j] in (",", ".", "aboard", "on")), stop)
    return bool(set(lexicon.categorise([t.text for t in view.tokens[at + 1:end]])[0]) - {"military"})
