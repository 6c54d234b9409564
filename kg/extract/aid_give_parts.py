"""Parts of a give frame (kg.extract.aid._give_frame): the lender behind "financed with Chinese loans",
a getter named inside the object ("approved Poland's request", "build a plant in Uzbekistan"), and goods
named with their origin before a motion verb ("Russian gas continues to flow")."""

from __future__ import annotations

from kg.extract.aid_loan_from import loan_from
from kg.extract.lexicon import AidLexicon, Entry, load_lexicon
from kg.extract.view import SentenceView, unique
from kg.model import EntityRef


def lender_with(view: SentenceView, first: int, last: int, donors) -> tuple[int, EntityRef] | None:
    """"... with Chinese loans", "... with Japan's money": who really pays in a finance frame."""
    for j in range(first, min(last, len(view.tokens) - 1)):
        if view.lower[j] == "with" and (lender := loan_from(view, j, donors)) is not None:
            return j, lender  # "financing the purchase with loans from South Korea's Export-Import Bank"
        if view.lower[j] == "with" and j + 1 in view.actor_at:
            mention = view.actor_at[j + 1]
            if mention.entity not in donors and (mention.how == "demonym" or view.possessive(mention)):
                return j, mention.entity
    return None


_INVESTMENTS = frozenset("investment investments".split())
_BUILDING = frozenset("build construct develop modernise modernize upgrade rebuild reconstruct invest".split())


def recipient_in_object(view: SentenceView, segment, donors, entry: Entry):
    """"approved Poland's request", "build Kazakhstan's first reactor", "build a plant in Uzbekistan":
    with no "to X", an owner in the object or (for building) the place is the recipient."""
    first, last, recipients = segment
    if recipients and first == last and (after := _item_after_getter(view, first)) is not None:
        return after[0], after[1], recipients  # "exported to Cuba 31,300 barrels of crude a day"
    if recipients is None or recipients:
        return segment
    for m in view.state_in(first, last):
        if m.entity not in donors and view.possessive(m) and m.how != "demonym":
            return first, last, (m.entity,)
    if (buyer := paid_for_by(view, first, last, donors)) is not None:
        return first, min(last, buyer[1]), (buyer[0],)  # "failed to deliver weapons that Yerevan had already paid for"
    for m in view.state_in(first, last):
        if m.entity not in donors and m.first >= 2 and view.lower[m.first - 2:m.first] == ("bank", "of"):
            return first, last, (m.entity,)  # "deposited $1 billion in the Central Bank of Yemen": the bank's state
    if entry.words[0] in _BUILDING or (first > 0 and view.lemmas[first - 1] in _BUILDING) \
            or _INVESTMENTS & set(view.lower[first:last]):  # "pledged to rebuild", "pledged $500 million in investments in Egypt"
        for m in view.state_in(first, last):
            at = m.first - 1 - (m.first > 1 and view.lower[m.first - 1] == "the")  # "invest $6 billion in the US"
            if m.entity not in donors and at >= 0 and view.lower[at] == "in":
                places = unique(g.entity for g in view.group(m) if g.entity not in donors)
                return first, at, places  # "builds plants in Turkey, Egypt and Bangladesh": each gets one
    return segment


def _item_after_getter(view: SentenceView, at: int) -> tuple[int, int] | None:
    """The goods after the getter when "to <getter>" comes first ("sent to Cuba 31,300 barrels of crude"):
    their span, if a number or an article opens them."""
    k = at + 1 + (at + 1 < len(view.tokens) and view.lower[at + 1] == "the")
    if view.lower[at:at + 1] != ("to",) or k not in view.actor_at:
        return None
    start = view.group(view.actor_at[k])[-1].last
    if start >= len(view.tokens) or not (view.lower[start][:1].isdigit() or view.lower[start] in ("a", "an", "some", "more")):
        return None
    end = next((j for j in range(start, len(view.tokens)) if view.lower[j] in (",", ".", ";", "and", "but", "while")),
               len(view.tokens))
    return (start, end) if load_lexicon().categorise([t.text for t in view.tokens[start:end]])[0] else None


def goods_subject(view: SentenceView, first: int, lexicon: AidLexicon) -> bool:
    """"Russian gas continues to flow": goods named with their origin before the verb."""
    start = view.chunks_before(first)[0][0]
    own = [m for m in view.state_in(start, first) if m.how == "demonym" or view.possessive(m)]
    return bool(own) and bool(lexicon.categorise([t.text for t in view.tokens[start:first]])[0])


_PAYING = frozenset("pay order buy purchase burn use consume need import receive".split())  # "the oil that Syria burned"


def paid_for_by(view: SentenceView, first: int, last: int, donors) -> tuple[EntityRef, int] | None:
    """The buyer in "<goods> that X had (already) paid for / ordered", and where the relative clause opens."""
    for j in range(first + 1, min(last + 1, len(view.tokens) - 1)):  # the relative may follow the item's end
        if view.lower[j] in ("that", "which") and j + 1 in view.actor_at:
            buyer = view.actor_at[j + 1]
            k = buyer.last
            while k < len(view.tokens) and view.lower[k] in ("had", "has", "have", "already", "long", "previously"):
                k += 1
            if k < len(view.tokens) and view.lemmas[k] in _PAYING and buyer.entity not in donors and buyer.how != "demonym":
                return buyer.entity, j
    return None


_CARRYING = frozenset("bring".split())


def brought_origin(view: SentenceView, frame):
    """*frame* with the goods' own state as the giver when the subject only brings them ("a plan to bring
    Egyptian gas and Jordanian electricity to Lebanon", "Hezbollah brought in Iranian fuel"): whoever
    moves another state's goods does not give them."""
    if frame is None or frame.trigger.words[0] not in _CARRYING or not frame.segments:
        return frame
    first, last, _ = frame.segments[0]
    origin = [m for m in view.state_in(frame.last, last) if (m.how == "demonym" or view.possessive(m))
              and m.entity.kind == "state" and m.entity not in frame.donors]
    if not origin:
        return frame
    givers = tuple(dict.fromkeys(m.entity for m in origin))
    bringer = tuple(d for d in frame.donors if d.kind == "state")  # "Lebanon brought Iranian fuel": Lebanon gets it

    def getters(rs):
        if rs is None:
            return None
        return tuple(r for r in rs if r not in givers) if rs else bringer

    frame.segments = [(s, e, getters(rs)) for s, e, rs in frame.segments]
    frame.donors = givers
    return frame


_JOINT = frozenset("joint jointly together".split())


def joint_partners(view: SentenceView, segments, donors):
    """(partners, segments) for "delivered tanks in a joint project with Denmark": the state after "with" gives
    alongside the subject rather than getting, and the item ends before the phrase."""
    revised, partners = [], []
    for s, e, rs in segments:
        at = next((j for j in range(s, min(e + 1, len(view.tokens))) if view.lower[j] == "with"
                   and _JOINT & set(view.lower[max(s, j - 3):j])), None)  # (the segment ends at its "with")
        if at is None or not rs:
            revised.append((s, e, rs))
            continue
        found = [r for r in rs if r not in donors]
        partners += found
        start = next(j for j in range(at - 1, s - 1, -1) if view.lower[j] in ("in", "as", "under", "through") or j == s)
        revised.append((s, start, ()))
    return tuple(dict.fromkeys(partners)), revised


def lent_to(view: SentenceView, first: int, before, giving) -> None:
    """"agreed to roll over $2.4 billion in loans that were due, giving Islamabad breathing room": the one the
    gerund gives relief to gets the supply before it, when that supply names no getter of its own."""
    if view.lemmas[first] != "give" or view.lower[first - 1] != "," or any(rs for _, _, rs in before.segments):
        return
    getters = tuple(r for _, _, rs in giving.segments for r in rs or () if r not in before.donors)
    if getters and before.segments:
        before.segments = [(s, e, getters if rs is not None else rs) for s, e, rs in before.segments]
