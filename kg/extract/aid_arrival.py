"""Goods arriving in a state: "The first batch of Indian wheat arrived in Afghanistan", "Ukrainian grain
has reached Somalia" (not weapons: "Russian missiles reached Kyiv" is an attack), "A plane carrying
Emirati relief supplies landed in Beirut", "A second consignment of vaccines arrived in Laos from China",
"Planes carrying firefighters and equipment from Mexico and Venezuela touched down in Cuba"; a named airport or
port stands for the one getter in hand ("landed at Santa Cruz airport"), and a carrier landing "with" goods
and no place named brings them to it.

The subject names goods (a category of the lexicon) and their origin (a demonym, "from X", or "from X"
after the place); the state after "in"/"at" receives them; the flow is delivered. A landing counts only
for a vehicle carrying cargo ("Russian drones landed in Romania" is no supply).
"""

from __future__ import annotations

from kg.extract.aid_comes_from import money_before
from kg.extract.aid_getter_slots import INVADING
from kg.extract.aid_nouns import Frame
from kg.extract.aid_since import since_after
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView, unique
from kg.model import Mention

ARRIVE = frozenset("arrive dock land unload offload".split())  # lemmas of goods or vehicles reaching a place
_ENTRY = Entry(("arrive",), "give", "delivered")
_AUXILIARIES = frozenset("has have had is are was were will would finally already begun began started to stopped "
                         "ceased".split())
_STOPPED = frozenset("stopped ceased stops ceases".split())
_CARRYING = frozenset("carrying laden loaded full filled".split())
_TO_COME = frozenset("will expected due set scheduled".split())


def _stage(view: SentenceView, start: int, at: int) -> str:
    """The stage of goods arriving at *at* whose subject starts at *start*: pledged when the arrival is still to
    come ("are expected to arrive", "will reach"), else delivered."""
    return "pledged" if _TO_COME & set(view.lower[max(start, at - 4):at]) else "delivered"
_IRREGULAR = frozenset("sent given lent sold paid brought built flown".split())
_RELIEF = frozenset("relief aid humanitarian".split())
_CONSIGNMENT = frozenset("cargo batch shipment shipments consignment consignments delivery deliveries tranche load".split())


def subject_start(view: SentenceView, at: int) -> int:
    """Where the subject of the verb at *at* starts: after a clause end, a comma, semicolon or colon, but not
    after a comma inside a list of actors ("Supplies from Australia, New Zealand and Japan reached Tonga")."""
    j = at
    while True:
        while j > 0 and view.lower[j - 1] not in (",", ";", ":") and view.lower[j - 1] not in CLAUSE_END:
            j -= 1
        if not (j >= 2 and view.lower[j - 1] == "," and j in view.actor_at
                and any(m.last == j - 1 for m in view.actors_in(max(0, j - 5), j - 1))):
            return j
        j -= 1


_REGION_WORDS = frozenset("the northern southern eastern western central north south east west northwest northeast "
                          "southwest southeast northwestern northeastern southwestern southeastern".split())
# Arms that reach a country as stock, not as an attack ("Serbian ammunition has reached Ukraine").
_STOCKS = frozenset("ammunition munitions weapons weaponry arms rifles".split())
_PROJECTILES = frozenset("missile missiles rocket rockets drone drones shell shells bomb bombs strike strikes".split())
_CONVOYS = frozenset("truck trucks convoy convoys lorries".split())
_PERSONNEL = frozenset("troops soldiers forces fighters mercenaries".split())  # who arrive are no goods in hand
_VESSELS = frozenset("vessel vessels ship ships warship warships boat boats submarine submarines plane planes "
                     "aircraft jet jets".split())


def arrival_frame(view: SentenceView, at: int, frames: list[Frame], context=None) -> Frame | None:
    """The frame of an arrival (below); a negated one delivers nothing: "The tanks promised by Germany have still not
    arrived in Ukraine" keeps only the promise, "Indian wheat has not arrived in Afghanistan" gives nothing."""
    frame = _arrival_frame(view, at, frames, context)
    if frame is None or not _not_arrived(view, at):
        return frame
    if not _PROMISED & set(view.lower[frame.quote_first:at]):
        return None
    frame.status = "pledged"
    return frame


_PROMISED = frozenset("promised pledged committed announced offered".split())
_NOT = frozenset("not n't never".split())


def _not_arrived(view: SentenceView, at: int) -> bool:
    """Is the arrival at *at* negated ("has not yet arrived", "never reached", "has yet to arrive", "None of the
    vaccines have reached")?"""
    words = view.lower[max(0, at - 4):at]
    return bool(_NOT & set(words)) or ("yet", "to") in zip(words, words[1:]) \
        or view.lower[subject_start(view, at)] == "none"


def _arrival_frame(view: SentenceView, at: int, frames: list[Frame], context=None) -> Frame | None:
    """The frame of an arrival verb at token *at*, if its subject is goods from a named giver that no
    earlier frame of the sentence already gives ("a shipment of Indian wheat arrived in ..."); with no
    giver named, the giver of the context's flow to the same place ("Japan pledged rice to the
    Philippines. The first cargo arrived in Manila")."""
    reach = view.lemmas[at] in ("reach", "enter")  # "Ukrainian grain has reached Somalia", "entered Gaza"
    crossing = view.lemmas[at] == "cross" and view.lower[at + 1:at + 2] == ("into",)  # "tankers of fuel crossed into Russia"
    if view.lemmas[at] == "come" and view.lower[at + 1:at + 2] == ("from",) and context is not None \
            and not money_before(view, subject_start(view, at), at):  # (the money behind goods: aid_comes_from)
        return _arrived_from(view, at, context)  # "Further aid is expected to come from Montenegro and Poland"
    if view.lemmas[at] == "arrive" and context is not None and (
            frame := _arrived_in_hand(view, at, context) or _arrived_from(view, at, context)
            or _giver_goods_arrived(view, at, context)):
        return frame
    if view.lemmas[at] in ("arrive", "land") and context is not None and (frame := _landing_with(view, at, context)):
        return frame
    touched = view.lemmas[at] == "touch" and view.lower[at + 1:at + 2] == ("down",)  # "touched down in Cuba"
    if not (reach or crossing or touched or view.lemmas[at] in ARRIVE) or at + 2 + touched >= len(view.tokens) \
            or (not reach and not crossing and view.lower[at + 1 + touched] not in ("in", "at")):
        return None
    k = at + 1 if reach else at + 2 + touched
    while k < len(view.tokens) and view.lower[k] in _REGION_WORDS:
        k += 1  # "crossed into northwest Syria", "reached the north of Gaza"
    if view.lower[k:k + 2] in (("port", "of"), ("airport", "of"), ("harbour", "of"), ("harbor", "of")):
        k += 2  # "docked at the port of Mogadishu"
    place = view.actor_at.get(k) or _port_in_hand(view, k, context) or _area_in(view, k)
    if place is None or place.entity.kind != "state" or (
            place.how == "demonym" and view.lower[place.last:place.last + 1] not in (("capital",), ("port",))
            and not (reach and view.lower[place.last:place.last + 1] in _UNITS)):
        return None  # "reached the Afghan capital" (but not "reached Afghan villages"); "Weapons from Denmark have
        # reached Ukrainian units" is a supply, read below only with a giver named in the subject
    start = subject_start(view, at)
    if start > 1 and view.lower[start - 1] == "," and "and" in view.lower[start:at] \
            and _carrier_list(view, before := subject_start(view, start - 1), start - 1):
        start = before  # "Planes carrying firefighters, specialists and equipment from Mexico touched down"
    head = at - 1  # the subject's last word
    while start > 1 and view.lower[start - 1] == "," and (start == at or view.lower[start] in _ASIDES
                                                          or view.amount_at(start) or (
            (view.lower[start].endswith("ed") or view.lower[start] in _IRREGULAR)
            and "by" in view.lower[start + 1:start + 3])):  # ", donated by India,", ", paid for by Qatar,"
        head, start = start - 2, subject_start(view, start - 1)  # "A Canadian water bomber, the Electra Tanker, which ..., landed"
    if start == at or crossing and INVADING & set(view.lower[start:at]):
        return None  # "Russian troops crossed into Ukraine": an invasion
    for frame in frames:  # "Turkish aid reached Syria": the aid noun's frame, with no getter, gets the place
        if start <= frame.first < at and frame.donors and place.entity not in frame.donors \
                and frame.segments and not any(r for _, _, r in frame.segments):
            frame.segments = [(s, e, (place.entity,)) for s, e, _ in frame.segments]
            frame.quote_last = max(frame.quote_last, place.last)
            return None
    words = [t.text for t in view.tokens[start:at]]
    categories = load_lexicon().categorise(words)[0]
    if context is not None and not view.actors_in(start, at) and place.entity in context.recipients \
            and context.donors and (categories or _CONSIGNMENT & set(view.lower[start:at])) and not reach:
        # "The first six jets are expected to arrive in": pledged
        return Frame(_ENTRY, at, at + 1, context.donors, [(start, _verb_group(view, start, at), (place.entity,))],
                     _stage(view, start, at), start, place.last, used_context=True)
    if context is not None and not view.actors_in(start, at) and context.donors and categories == ["energy"] \
            and place.entity not in context.donors:
        # "Russia halted oil to Poland. Crude continued to reach Slovakia": the same supplier's fuel elsewhere
        places = [m for m in view.group(place) if m.entity.kind == "state" and m.entity not in context.donors]
        return Frame(_ENTRY, at, at + 1, context.donors, [(start, at, tuple(m.entity for m in places))], "delivered",
                     start, places[-1].last, used_context=True)
    sent = "from" in view.lower[start:at] or any(_sent_by(view, m.first) for m in view.actors_in(start, at))
    if not (categories or _RELIEF & set(view.lower[start:at])) or (reach and "military" in categories and not (
            sent and _PROJECTILES.isdisjoint(view.lower[start:at])) and not (
            place.how == "name" and _STOCKS & set(view.lower[start:at])
            and (_PROJECTILES | _PERSONNEL).isdisjoint(view.lower[start:at]))):
        return None  # "The Ukrainian president arrived in Washington": no goods; "Russian missiles reached Kyiv"
        # (but "The first tanks from Poland have reached Ukraine", "Weapons paid for by Denmark have begun to reach
        # Ukrainian units": goods sent from a named giver)
    if (touched or view.lemmas[at] == "land") and not (_CARRYING | _CONSIGNMENT | _RELIEF) & set(view.lower[start:at]) \
            and "humanitarian" not in categories:
        return None  # "Russian drones landed in Romania": an attack, not a delivery (but "relief goods ... landed",
        # "Mexican fire crews landed in Cuba")
    if view.lower[head] in _VESSELS and not _CARRYING & set(view.lower[start:at]):
        return None  # "Chinese naval vessels docking at Sri Lankan ports": a visit (cargo is aid_transport's)
    donors = [m for m in view.actors_in(start, at)
              if m.entity.kind == "state" and (m.how == "demonym" or view.from_before(m) or _sent_by(view, m.first)
                                               or (view.possessive(m) and m.first == start))  # "Denmark's first F-16s"
              or _from_body(view, m)]  # "Aid convoys from the UN crossed into Syria"
    donors += [m for m in _from_group(view, start, at) if m not in donors]  # "teams from Algeria and Tunisia arrived"
    donors += [m for m in view.state_in(start, at) if _made_in(view, m) and m not in donors]  # "aircraft built in India"
    end = place.last
    if not donors and end + 1 < len(view.tokens) and view.lower[end] == "from" and end + 1 in view.actor_at:
        donors = [view.actor_at[end + 1]]  # "arrived in Laos from China"
        end = donors[0].last
    whose = not donors and view.lower[start] == "whose" and in_whose_aside(view, at)
    if whose:
        donors = [m for m in view.actors if m.last == start - 1]  # "Russia, whose military instructors arrived in"
    givers = unique(m.entity for m in donors if m.entity != place.entity)
    if not givers or not whose and any(set(f.donors) & set(givers) for f in frames):
        return None
    item_end = _verb_group(view, start, at, _AUXILIARIES)  # "grain have reached": the item is the grain
    status = _stage(view, start, at)  # "is expected to reach": pledged
    if _STOPPED & set(view.lower[max(start, at - 3):at]) and "not" not in view.lower[max(start, at - 4):at]:
        status = "declined"  # "Natural gas from Azerbaijan has stopped reaching Serbia"
    getters = (place.entity,)
    if view.lower[start] == "no":
        # "No Russian oil has reached Hungary since Jan. 27": stopped; with no date, none has arrived
        if not since_after(view, at):
            return None
        status = "declined"
        getters += _coordinated_states(view, place.last, givers)
    return Frame(_ENTRY, at, at + 1, givers, [(start + whose, item_end, getters)], status, start, end)


_ASIDES = frozenset("which who the".split())  # an aside between the subject and its verb
_UNITS = frozenset((w,) for w in "units forces troops army soldiers military".split())
_MADE = frozenset("built made manufactured produced assembled".split())


_TO_ARRIVE = frozenset("is are was were will would be been have has had expected due set scheduled to also".split())


def _verb_group(view: SentenceView, start: int, at: int, auxiliaries: frozenset[str] = _TO_ARRIVE) -> int:
    """Where the subject from *start* before the arrival verb at *at* ends: before its *auxiliaries* ("are expected
    to", "have")."""
    end = at
    while end - 1 > start and view.lower[end - 1] in auxiliaries:
        end -= 1
    return end


def in_whose_aside(view: SentenceView, at: int) -> bool:
    """Is the word at *at* in a "whose" aside after an actor ("Russia, whose military instructors arrived in Niamey
    in April, has promised ...")? The main clause's frame does not hide it."""
    opening = next((j for j in range(at - 1, max(-1, at - 8), -1) if view.lower[j] in (",", ";", ".")), None)
    return opening is not None and opening + 1 < at and view.lower[opening] == "," \
        and view.lower[opening + 1] == "whose" and any(m.last == opening for m in view.actors)


def _made_in(view: SentenceView, m: Mention) -> bool:
    """Is *m* the state the goods were made in ("Two Dornier aircraft built in India for the Guyanese army
    arrived in Georgetown")?"""
    return m.first > 1 and view.lower[m.first - 1] == "in" and view.lower[m.first - 2] in _MADE
_CARRIER_HEADS = _VESSELS | _CONVOYS | frozenset(("flights", "flight"))
_PORTS = frozenset("airport airfield airbase port harbour harbor".split())


def _carrier_list(view: SentenceView, first: int, comma: int) -> bool:
    """Does the chunk from *first* to the *comma* open with a carrier and its cargo's first item ("Planes carrying
    firefighters")?"""
    words = view.lower[first:comma]
    return any(words[j] in _CARRYING and words[j - 1] in _CARRIER_HEADS for j in range(1, min(len(words), 4)))


def _area_in(view: SentenceView, k: int) -> Mention | None:
    """The state of an area named by a common noun ("reached the quake zone in Syria", "arrived in the border
    town of Kassala in Sudan"): a state's name after "in" or "of" within a few lowercase words after "the"."""
    if k < 1 or view.lower[k - 1] not in _REGION_WORDS:
        return None  # (after "the" or a region word, which the caller has passed)
    for j in range(k, min(k + 5, len(view.tokens) - 1)):
        place = view.actor_at.get(j + 1)
        if view.lower[j] in ("in", "of") and place is not None and place.entity.kind == "state" and place.how != "demonym":
            return place
        if not view.tokens[j].text.islower():
            return None
    return None


def _port_in_hand(view: SentenceView, k: int, context):
    """An airport or port the text names by its own name ("landed at Santa Cruz airport"), when the discourse
    has one state in hand as getter: that state's mention stands for it, over the place's words."""
    if context is None or len(context.recipients) != 1 or context.recipients[0].kind != "state" \
            or k >= len(view.tokens) or not view.tokens[k].text[:1].isupper():
        return None
    end = next((j for j in range(k, min(k + 4, len(view.tokens))) if view.lower[j] in _PORTS), None)
    if end is None or any(not view.tokens[j].text[:1].isupper() for j in range(k, end)) or view.actors_in(k, end):
        return None
    tokens = view.tokens
    return Mention(tokens[k].start, tokens[end].end, " ".join(t.text for t in tokens[k:end + 1]), view.sentence.index,
                   k, end + 1, context.recipients[0], "port")


def _from_group(view: SentenceView, start: int, at: int) -> list:
    """The states of the list after the subject's first "from" ("Rescue teams from Algeria and Tunisia")."""
    named = next((m for m in view.actors_in(start, at) if view.from_before(m)), None)
    return [m for m in view.group(named) if m.entity.kind == "state" and m.last <= at] if named is not None else []


def _from_body(view: SentenceView, mention) -> bool:
    """Is *mention* an intergovernmental body named after "from (the)" ("convoys from the UN")?"""
    j = mention.first - 1 - (mention.first > 1 and view.lower[mention.first - 1] == "the")
    return mention.entity.kind == "organisation" and j >= 0 and view.lower[j] == "from"


def _sent_by(view: SentenceView, first: int) -> bool:
    """Is the actor at *first* the agent of a participle: "donated by India", "sent by the New Zealand
    government"?"""
    j = first - 1 - (view.lower[first - 1] == "the")
    if j < 1 or view.lower[j] != "by":
        return False
    verb = j - 1 - (j >= 2 and view.lower[j - 1] == "for")  # "paid for by Qatar"
    return view.lower[verb].endswith("ed") or view.lower[verb] in _IRREGULAR


def _coordinated_states(view: SentenceView, after: int, givers) -> tuple:
    """States joined to the place by "or"/"and" ("reached Hungary or Slovakia")."""
    found = []
    k = after
    while k + 1 < len(view.tokens) and view.lower[k] in ("or", "and", ",") and k + 1 in view.actor_at:
        mention = view.actor_at[k + 1]
        if mention.entity.kind != "state" or mention.entity in givers:
            break
        found.append(mention.entity)
        k = mention.last
    return tuple(found)


def _arrived_in_hand(view: SentenceView, at: int, context) -> Frame | None:
    """"Spain pledged ten tanks to Ukraine. Six of them have now arrived": a count of the goods in hand,
    or a consignment pointed back to, arriving with no place named goes to the context's getter."""
    from kg.extract.aid_subject import counted_subject  # noqa: PLC0415 -- aid_subject is a sibling helper

    if at + 1 < len(view.tokens) and view.lower[at + 1] in ("in", "at"):
        return None
    start = subject_start(view, at)
    if start == at or view.actors_in(start, at) or not context.donors or not context.recipients:
        return None
    subject = view.lower[start:at]
    pointed = subject[0] in ("the", "these", "those") and not _PERSONNEL & set(subject) and bool(
        (_CONSIGNMENT | _VESSELS | _CONVOYS) & set(subject)
        or load_lexicon().categorise([t.text for t in view.tokens[start:at]])[0])  # "The boats/The rice have arrived"
    if not (pointed or counted_subject(view, start, at)):
        return None
    # "The first cargo is expected to arrive later this month": still to come
    status = _stage(view, start, at)
    return Frame(_ENTRY, at, at + 1, context.donors, [(start, at, context.recipients)], status, start, at + 1,
                 used_context=True)


def _giver_goods_arrived(view: SentenceView, at: int, context) -> Frame | None:
    """"Algeria's contribution, 120 tonnes of food and 500 tents, arrived by road on Sunday": goods of a named
    giver arriving with no place named go to the one getter in hand."""
    if at + 1 < len(view.tokens) and view.lower[at + 1] in ("in", "at") or len(context.recipients) != 1:
        return None
    start = subject_start(view, at)
    while start > 1 and view.lower[start - 1] == "," and (start == at or view.amount_at(start)):
        start = subject_start(view, start - 1)  # back over an aside listing the goods
    givers = unique(m.entity for m in view.actors_in(start, at) if m.entity.kind == "state"
                    and (view.possessive(m) or m.how == "demonym") and m.entity not in context.recipients)
    words = view.lower[start:at]
    if not givers or (_PERSONNEL | _PROJECTILES) & set(words) or not (
            _RELIEF & set(words) or load_lexicon().categorise([t.text for t in view.tokens[start:at]])[0]
            or set(words) & (load_lexicon().aid_nouns | {"contribution", "donation"})):
        return None  # ("Russian troops arrived on Sunday": no goods)
    status = _stage(view, start, at)
    return Frame(_ENTRY, at, at + 1, givers, [(start, at, context.recipients)], status, start, at + 1, used_context=True)


def _landing_with(view: SentenceView, at: int, context) -> Frame | None:
    """A giver's carrier landing or arriving with goods and no place named ("A U.S. military aircraft was due to
    land on Thursday with relief supplies"): the goods go to the one getter in hand."""
    if at + 1 < len(view.tokens) and view.lower[at + 1] in ("in", "at") or len(context.recipients) != 1:
        return None
    start = subject_start(view, at)
    if start == at or _VESSELS.isdisjoint(view.lower[start:at]):
        return None
    givers = unique(m.entity for m in view.actors_in(start, at) if m.entity.kind == "state"  # "A US military aircraft"
                    and view.lower[m.first - 1] not in ("to", "for", "in") and m.entity not in context.recipients)
    with_at = next((j for j in range(at + 1, min(at + 7, len(view.tokens))) if view.lower[j] == "with"), None)
    if not givers or with_at is None or any(view.lower[j] in CLAUSE_END for j in range(at + 1, with_at)):
        return None
    end = next((j for j in range(with_at + 1, len(view.tokens)) if view.lower[j] in (",", ".", ";")), len(view.tokens))
    if not load_lexicon().categorise([t.text for t in view.tokens[with_at + 1:end]])[0]:
        return None
    status = _stage(view, start, at)
    return Frame(_ENTRY, at, at + 1, givers, [(with_at + 1, end, context.recipients)], status, start, end,
                 used_context=True)


def _arrived_from(view: SentenceView, at: int, context) -> Frame | None:
    """Help arriving with no place named, whose giver the sentence names ("40 firefighters had arrived from
    Spain", "A team of Spanish rescuers arrived on Sunday"): it goes to the context's getter, or to the
    state that owns it ("India's first Rafale jets arrived from France")."""
    if at + 1 < len(view.tokens) and view.lower[at + 1] in ("in", "at"):
        return None
    start = subject_start(view, at)
    if start == at or not (load_lexicon().categorise([t.text for t in view.tokens[start:at]])[0]
                           or _RELIEF & set(view.lower[start:at])):
        return None
    owners = unique(m.entity for m in view.actors_in(start, at) if m.entity.kind == "state" and (view.possessive(m) or (
        m.first > 1 and view.lower[m.first - 1] == "by" and view.lower[m.first - 2] in _BOUGHT)))  # "jets ordered by Egypt"
    getters = owners if len(owners) == 1 and view.lower[at + 1:at + 2] == ("from",) else context.recipients
    if not getters:
        return None
    givers = [m for m in view.actors_in(start, at) if m.entity.kind == "state" and m.how == "demonym"]
    givers = givers or _from_group(view, start, at)  # "Relief teams from A, B and C arrived"
    end = at + 1
    named = at + 2 + (view.lower[at + 2:at + 3] == ("the",))  # "arrived from the United States"
    if not givers and named < len(view.tokens) and view.lower[at + 1] == "from" and named in view.actor_at:
        givers = [m for m in view.group(view.actor_at[named]) if m.entity.kind == "state"]  # "from Poland and Turkey"
        end = givers[-1].last if givers else end
    donors = unique(m.entity for m in givers if m.entity not in getters)
    if not donors:
        return None
    item_end = _verb_group(view, start, at, _AUXILIARIES)
    # "Further aid is expected to come from Montenegro": pledged
    return Frame(_ENTRY, at, at + 1, donors, [(start, item_end, getters)], _stage(view, start, at), start, end,
                 used_context=getters is context.recipients)


_BOUGHT = frozenset("ordered bought purchased acquired".split())
_HANDOVER_FILLERS = frozenset("was were then later quickly promptly immediately subsequently".split())


def arrived_then_handed(view: SentenceView, first: int, frames: list, context=None) -> Frame | None:
    """"Tents from Japan landed in Lahore and were handed to the disaster authority": a handover told in
    a second verb phrase after an arrival ("and was/were <verb>") is the arrival's flow; the body that takes
    the goods at the place is not the getter, and the subject is the goods of the arrival, not its clause."""
    k = first - 1
    while k > 0 and view.lower[k] in _HANDOVER_FILLERS:
        k -= 1
    if k == first - 1 or view.lower[k] != "and" or view.lower[k + 1] not in ("was", "were"):
        return None
    for at in range(k - 1, 0, -1):
        if view.lower[at] in (",", ";", ":") or view.lower[at] in CLAUSE_END:
            return None
        if view.lemmas[at] in ARRIVE or view.lemmas[at] in ("reach", "enter", "touch"):
            return arrival_frame(view, at, frames, context)
    return None
