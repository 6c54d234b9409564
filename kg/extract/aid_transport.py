"""Aid on its way by air, sea or road, told through the vehicle that carries it: "A Kuwaiti flight loaded
with 40 tons of supplies departed on Wednesday", "Two aircraft carrying 150 tons of aid have taken off from
the United Arab Emirates", "Two Egyptian ships loaded with food left Alexandria for Tripoli", "An Algerian
aid convoy crossed into Libya".

The subject names a vehicle (plane, flight, ship, convoy, trucks) that carries goods: "carrying", "loaded
with", "laden with" and goods of a lexicon category, in the subject or after the verb ("touched down in
Beirut carrying food"), or an aid word before the vehicle ("a relief flight", "an aid convoy"); the goods
are the item. The giver is the state of a demonym or possessive in the subject ("A Kuwaiti flight"), a
state after "from" or "sent by" in it ("Aircraft from Jordan, Egypt and the UAE", "a plane, sent by Abu
Dhabi and filled with aid,"), else the state it leaves ("took off from the UAE", "left Egypt"); the getter is the state it heads for or
reaches ("for Libya", "to Sudan", "into Gaza's neighbour Egypt"), else the getter the text is about (the
context's, README A5). A consignment of goods moves as a vehicle does: "A consignment of 1,000 tonnes of rice left
India for Namibia", "The first batch of shells left Germany on Monday". The flow is delivered; "due to leave", "will set sail" make it pledged. Arrivals
in a named state are read by :mod:`kg.extract.aid_arrival`, which runs first.
"""

from __future__ import annotations

from kg.extract.aid_arrival import subject_start
from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView, unique

VEHICLES = frozenset("plane planes aircraft flight flights airlift jet jets ship ships vessel vessels boat boats "
                     "ferry convoy convoys truck trucks lorry lorries train trains freighter freighters".split())
# "leave", "depart", "take off", "set sail", "cross", "land", "arrive", "dock", "head"
MOVES = frozenset("leave depart cross land arrive dock head sail take set touch".split())
_CARRYING = frozenset("carrying loaded laden packed bearing filled".split())
_CARGO_MARKS = _CARRYING | {"with"}  # "landed in Beirut on Monday with 30 tonnes of medical supplies"
# a participle set off by commas inside the subject: "The Jordanian plane, loaded with food, landed"
_PARTICIPLES = _CARRYING | frozenset(("sent",))
_AID_WORDS = frozenset("aid relief humanitarian supply supplies cargo mercy".split())
_GOODS_STOP = frozenset(", . for to from into in on at have has had is are was were will would".split())
_TO_COME = frozenset("will due expected set scheduled would shall".split())
_ENTRY = Entry(("depart",), "give", "delivered")
_MILITARY_ONLY = frozenset(("military",))
DEPARTING = frozenset("leave depart".split())  # lemmas of goods setting off
# the goods themselves on the move, named by a consignment noun with "of": "a consignment of rice left India"
_CONSIGNMENTS = frozenset("consignment consignments shipment shipments cargo cargoes batch batches load "
                          "loads delivery deliveries tranche".split())


def transport_frame(view: SentenceView, at: int, frames: list[Frame], context: Context) -> Frame | None:
    """The frame of a motion verb at token *at* whose subject is a vehicle carrying aid or goods."""
    lemma = view.lemmas[at]
    take_off = lemma == "take" and view.lower[at + 1:at + 2] == ("off",)
    set_sail = lemma == "set" and view.lower[at + 1:at + 2] == ("sail",)
    touch_down = lemma == "touch" and view.lower[at + 1:at + 2] == ("down",)
    if not (lemma in MOVES and lemma not in ("take", "set", "touch") or take_off or set_sail or touch_down):
        return None
    start = _subject_start(view, at)
    vehicle = next((j for j in range(start, at) if view.lower[j] in VEHICLES), None)
    verb_end = at + 1 + (take_off or set_sail or touch_down)
    consignment = _consignment(view, start, vehicle if vehicle is not None else at, at, context)
    if consignment is not None:  # the goods come first: "a batch of anti-ship missiles left India"
        vehicle = consignment
    elif vehicle is None or not (_carries_aid(view, vehicle, at) or _carries_aid(view, verb_end - 1, _clause_end(view, verb_end))):
        return None
    givers = [m for m in view.actors_in(start, at) if m.entity.kind == "state" and (
        (m.first <= vehicle or consignment is not None) and (m.how == "demonym" or view.possessive(m))
        or _sent_from(view, vehicle, m.first))]
    origin, destination = _route(view, lemma, verb_end)
    if not givers and origin is not None:
        givers = [origin]
    # a frame of the same giver already read stands (a consignment's is passed over when it has no getter: "left
    # Vietnam for Mozambique, the first part of a package that Hanoi promised")
    if not givers or any(set(f.donors) & {m.entity for m in givers} and (
            consignment is None or any(rs for _, _, rs in f.segments)) for f in frames):
        return None
    donors = unique(m.entity for m in givers)
    getters = (destination.entity,) if destination is not None else tuple(
        r for r in context.fallback_recipients() if r not in donors)
    if not getters or set(getters) & set(donors):
        return None
    status = "pledged" if _TO_COME & set(view.lower[max(start, at - 4):at]) else "delivered"
    end = max(verb_end, destination.last if destination else 0, origin.last if origin else 0)
    first, last = (_goods_after(view, consignment), at) if consignment is not None else _goods(view, vehicle, at, verb_end) or (start, at)
    return Frame(_ENTRY, at, verb_end, donors, [(first, last, getters)], status, start, max(end, last),
                 used_context=destination is None)


def _goods(view: SentenceView, vehicle: int, at: int, verb_end: int) -> tuple[int, int] | None:
    """The goods a carrying word names, in the subject or after the verb: "loaded with food" (food),
    "touched down in Beirut carrying food and medicine for the displaced" (food and medicine)."""
    clause_end = _clause_end(view, verb_end)
    marker = next((j for j in (*range(vehicle + 1, at), *range(verb_end, clause_end)) if view.lower[j] in _CARGO_MARKS), None)
    if marker is None:
        return None
    first = marker + 1 + (view.lower[marker + 1:marker + 2] == ("with",))
    last = first
    stop = at if marker < at else clause_end
    while last < stop and view.lower[last] not in _GOODS_STOP and view.lower[last] not in CLAUSE_END:
        last += 1
    return (first, last) if last > first else None


def _goods_after(view: SentenceView, head: int) -> int:
    """Where the goods of a consignment start: after "of" ("a consignment of rice"), else the noun itself."""
    return head + 2 if view.lower[head + 1] == "of" else head


def _consignment(view: SentenceView, start: int, before: int, at: int, context: Context) -> int | None:
    """The consignment noun of a subject that is goods on the move ("A consignment of 1,000 tonnes of rice", "The
    first batch of Leopard tanks"), only where the verb leaves or sets off: goods do not take off or dock. With no
    goods named, "the first shipment" is the flow in hand's when it leaves its giver ("Japan pledged rice to
    Namibia. The first shipment left Japan on Tuesday")."""
    if view.lemmas[at] not in DEPARTING and view.lower[at:at + 2] != ("set", "off"):
        return None
    head = next((j for j in range(start, before) if view.lower[j] in _CONSIGNMENTS), None)
    if head is None:
        return None
    if view.lower[head + 1:head + 2] != ("of",):
        origin = view.actor_at.get(at + 1) if view.lemmas[at] == "leave" else None
        pointed = head + 1 == at and any(w in ("the", "this", "that", "these", "those") for w in view.lower[start:head])
        return head if pointed and origin is not None and origin.entity in context.donors else None
    return head if load_lexicon().categorise([t.text for t in view.tokens[head + 2:at]])[0] else None


def _subject_start(view: SentenceView, at: int) -> int:
    """The subject's start, past a participle set off by commas ("The Jordanian plane, loaded with food,
    landed", "A third plane, sent by Abu Dhabi and filled with aid, arrived")."""
    start = subject_start(view, at)  # (past a list of actors: "Aircraft from Jordan, Egypt and the UAE landed")
    if start >= 2 and view.lower[start - 1] == "," and view.lower[start] not in _PARTICIPLES:
        inner = subject_start(view, start - 1)
        if inner < start - 1 and view.lower[inner] in _PARTICIPLES and inner >= 2 and view.lower[inner - 1] == ",":
            return subject_start(view, inner - 1)
    return start


def _clause_end(view: SentenceView, after: int) -> int:
    return next((j for j in range(after, len(view.tokens)) if view.lower[j] in CLAUSE_END), len(view.tokens))


def _sent_from(view: SentenceView, vehicle: int, at: int) -> bool:
    """Is the actor at *at* where the vehicle comes from: "Aircraft from Jordan, Egypt and the UAE",
    "a plane, sent by Abu Dhabi"? (Walks back over the list of names to "from" or "sent by".)"""
    j = at - 1
    while j > vehicle and (view.lower[j] in (",", "and", "the") or j in view.actor_at):
        j -= 1
    return j > vehicle and (view.lower[j] == "from" and j == vehicle + 1
                            or view.lower[j] == "by" and view.lower[j - 1] == "sent")


def _carries_aid(view: SentenceView, vehicle: int, at: int) -> bool:
    """The vehicle carries goods ("carrying 150 tons of aid", "loaded with tents") or is an aid vehicle
    ("a relief flight", "an aid convoy"); weapons alone do not count ("a plane carrying missiles landed")."""
    if any(view.lower[j] in _AID_WORDS for j in range(max(0, vehicle - 2), vehicle)):
        return True
    marker = next((j for j in range(vehicle + 1, at) if view.lower[j] in _CARGO_MARKS), None)
    if marker is None:
        return False
    words = [t.text for t in view.tokens[marker + 1:at]]
    if _AID_WORDS & {w.lower() for w in words}:
        return True
    categories = set(load_lexicon().categorise(words)[0])
    return bool(categories) and categories != _MILITARY_ONLY


def _route(view: SentenceView, lemma: str, after: int):
    """(where from, where to) in the words after the verb: "from the UAE", "left Egypt for Libya",
    "to Sudan", "in Lebanon"."""
    origin = destination = None
    j = after
    while j < len(view.tokens) and view.lower[j] not in (",", ";") and view.lower[j] not in CLAUSE_END:
        word = view.lower[j]
        k = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "the")
        mention = view.actor_at.get(k)
        if mention is not None and mention.entity.kind == "state":
            if word == "from":
                origin = mention
            elif word in ("for", "to", "into", "towards", "toward") or (word in ("in", "at") and lemma in ("land", "arrive", "dock", "touch")):
                destination = mention
            j = mention.last
            continue
        if j == after and lemma == "leave" and j in view.actor_at and view.actor_at[j].entity.kind == "state":
            origin = view.actor_at[j]  # "left Egypt for Libya"
            j = origin.last
            continue
        j += 1
    return origin, destination
