"""Goods as the subject of a motion verb: "Russian gas continues to flow to Hungary", "Arms from Belarus
have been flowing to Russia", "Russian gas stopped flowing to Bulgaria".

The subject names the goods and their origin (a demonym, a possessive or "from X"); the state or body
right after "to" receives them. With no origin named in the subject the frame is left to the general give
frame. Goods that stopped flowing had flowed: declined, and delivered before (README A3).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_comes_from import giver_from
from kg.extract.aid_measured import measured_subject
from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import AidLexicon, Entry
from kg.extract.speech_verbs import LEMMAS
from kg.extract.view import CLAUSE_END, SentenceView, unique

MOTION = frozenset("go flow head move".split())
# Words between the goods and the motion verb: auxiliaries and aspect verbs ("have been", "continues to").
_CHAIN = frozenset("have has had been be is are was were will would to continue continues continued keep keeps "
                   "kept start starts started begin begins began resume resumes resumed stop stops stopped cease "
                   "ceases ceased still also".split())
_STOPPED = frozenset("stop stops stopped cease ceases ceased".split())


_VALUE_ASIDES = frozenset("worth valued totalling totaling estimated amounting".split())


def moving_goods_frame(view: SentenceView, first: int, last: int, entry: Entry, lexicon: AidLexicon,
                       aid_noun: bool = False) -> Frame | None:
    """The frame of "<goods> flow/go/head to <receiver>" with the trigger at *first*..*last* (after "to");
    *aid_noun* says an aid noun ("Similar packages are expected to go to") stands for the goods."""
    place = view.actor_at.get(last + (last < len(view.lower) and view.lower[last] == "the"))
    if place is None or place.entity.kind not in ("state", "organisation"):
        return None
    aux = first
    while aux > 0 and view.lower[aux - 1] in _CHAIN:
        aux -= 1
    stopped = bool(_STOPPED & set(view.lower[aux:first]))
    start = aux
    while start > 0 and view.lower[start - 1] not in (",", ";", ".") and view.lower[start - 1] not in CLAUSE_END:
        start -= 1
    if start == aux and start > 1 and view.lower[start - 1] == ",":
        aside = start - 1  # "The aid from Japan, worth $5 million, will go to Morocco": past the aside on the goods
        while aside > 0 and view.lower[aside - 1] not in (",", ";", ".") and view.lower[aside - 1] not in CLAUSE_END:
            aside -= 1
        if aside > 1 and view.lower[aside] in _VALUE_ASIDES and view.lower[aside - 1] == ",":
            start = aside - 1
            while start > 0 and view.lower[start - 1] not in (",", ";", ".") and view.lower[start - 1] not in CLAUSE_END:
                start -= 1
            aux = aside - 1
            aid_noun = aid_noun or any(w in lexicon.aid_nouns for w in view.lower[start:aux])
    if start == aux or (not aid_noun and not lexicon.categorise([t.text for t in view.tokens[start:aux]])[0]):
        return None  # "would go to court"
    origin = [m for m in view.state_in(start, aux)
              if m.how == "demonym" or view.possessive(m) or view.from_before(m)]
    donors = unique(m.entity for m in origin if m.entity != place.entity)
    receivers = view.group(place)  # "went to Egypt and Türkiye"
    quote_last = receivers[-1].last
    if not donors and (source := giver_from(view, receivers[-1].last, frozenset())):
        donors, quote_last = (source[1].entity,), source[1].last  # "Weapons flowed to Ukraine from Poland"
    status = "declined" if stopped else status_cues(view, first, entry.status, lexicon)
    if not donors or status is None:
        return None
    end = origin[0].first - 1 if origin and view.lower[origin[0].first - 1] == "from" else aux
    return Frame(entry, first, last, donors, [(start, end, unique(m.entity for m in receivers if m.entity not in donors))],
                 status, start, quote_last)


def stopped_flow(frame: Frame) -> Frame | None:
    """"Russian gas stopped flowing to Bulgaria": the supply that stopped had gone on, delivered."""
    if frame.trigger.words[0] in MOTION and frame.trigger.frame == "give" and frame.status == "declined":
        return replace(frame, status="delivered", segments=list(frame.segments))
    return None


_ANOTHER = frozenset("a an another further the remaining other additional second third".split())
_REST = frozenset("rest remainder balance".split())


def measured_in_hand_frame(view: SentenceView, first: int, last: int, entry: Entry, context, lexicon: AidLexicon
                           ) -> Frame | None:
    """"India sent 1,000 tonnes of rice to Zimbabwe. A further 1,000 tonnes went to Zambia": an amount, or "the
    rest", moving to a named receiver with no giver named is more of the goods in hand, from the context's giver."""
    place = view.actor_at.get(last + (last < len(view.lower) and view.lower[last] == "the"))
    aux = first
    while aux > 0 and view.lower[aux - 1] in _CHAIN:
        aux -= 1
    start = aux
    while start > 0 and view.lower[start - 1] not in (",", ";", ".") and view.lower[start - 1] not in CLAUSE_END:
        start -= 1
    donors = context.donors
    said = next((j for j in range(aux - 1, start - 1, -1) if view.lemmas[j] in LEMMAS), None)
    if said is not None:  # "New Zealand said a further $11.1 million would go to Fiji": the sayer gives
        sayers = tuple(r for r in view.subject(said)[0] if r.kind == "state")
        donors = sayers or donors
        start = said + 1 + (said + 1 < aux and view.lower[said + 1] == "that")
    if place is None or place.entity.kind not in ("state", "organisation") or not donors or place.entity in donors:
        return None
    item = start
    while item < aux and view.lower[item] in _ANOTHER:
        item += 1
    if item == aux or view.actors_in(start, aux) or not (
            measured_subject(view, item, aux) or view.lower[item:aux] in (("rest",), ("remainder",), ("balance",))
            or _share_of_aid(view, item, aux, lexicon)
            or view.amount_at(item) and lexicon.categorise([t.text for t in view.tokens[item:aux]])[0]):
        return None  # (an amount of goods: "1,300 metric tonnes of maize went to Zambia")
    status = status_cues(view, first, entry.status, lexicon)
    if status is None:
        return None
    receivers = view.group(place)
    return Frame(entry, first, last, donors, [(start, aux, unique(m.entity for m in receivers if m.entity not in donors))],
                 status, start, receivers[-1].last, used_context=donors == context.donors)


_SHARES = frozenset("half part most some much all rest remainder bulk majority third quarter portion share fifth "
                    "two three a".split())
_IN_HAND = frozenset("the this that its their these those".split())
_MONEY_IN_HAND = frozenset("money funds funding sum amount package aid assistance grant grants loan loans pledge "
                           "donation contribution".split())


def _share_of_aid(view: SentenceView, first: int, last: int, lexicon: AidLexicon) -> bool:
    """Is tokens[first:last] a share of the aid in hand ("Half of the money", "most of this aid", "a third of
    the funds")?"""
    words = view.lower[first:last]
    if "of" not in words:
        return False
    of = words.index("of")
    if not of or any(w not in _SHARES for w in words[:of]) or of + 2 > len(words) or words[of + 1] not in _IN_HAND:
        return False
    rest = words[of + 2:]
    return bool(rest) and (rest[-1] in _MONEY_IN_HAND or bool(lexicon.categorise(list(rest))[0]))
