"""A present progressive with a time word of the present is a supply under way, not a plan: "Qatar is
sending diesel to Lebanon's army this week", "Turkey is now pumping gas to Syria", "is sending 30,000 barrels a
day to Cuba" are delivered (README A3:
sent, shipped), as is a progressive whose sentence says part of the goods has landed ("is sending two aircraft
with tents, adding that the first plane had already landed"), while "Denmark is donating 19 F-16s" or "is
sending troops next month" stay pledged; a commodity sent or sold in the progressive is a steady trade ("Russia
is sending more oil to India"). Also the tense and aspect helpers of buying ("India is buying Russian
oil": a standing supply) and of participles with their own agent ("boats pledged by Japan were handed over":
the verb's stage is the verb's own)."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView

# Time words that place the act in the present; two-word ones are matched as pairs.
_NOW_WORDS = frozenset("now currently today tonight already".split())
_NOW_PAIRS = frozenset({("this", "week"), ("this", "morning"), ("this", "afternoon"), ("right", "now"),
                        ("at", "present"),
                        # a rate is a supply going on: "is sending about 30,000 barrels of oil a day to Cuba"
                        *((by, unit) for by in ("a", "per", "each", "every") for unit in ("day", "week", "month"))})
_RATE_WORDS = frozenset("daily weekly monthly".split())
_FUTURE_WORDS = frozenset("next soon later tomorrow starting".split())
_STOP = frozenset((".", ",", "but", "while", "which", "who", "after", "as", "because", "if", "when", "until"))
# Verbs of moving goods: in the progressive they say the goods are on their way ("Mozambique is dispatching
# fuel to Malawi", "is supplying diesel"), unlike verbs of giving ("is donating", "is sending troops"), which
# announce a gift still to come. A getter in the progressive is getting the goods: "Japan is receiving LNG
# cargoes from Australia" ("is receiving F-16s next month" stays pledged).
_MOVING = frozenset("dispatching shipping supplying pumping piping exporting airlifting delivering receiving getting "
                     "flowing pouring streaming arriving reaching trickling "
                     "obtaining rushing flying ferrying trucking".split())  # "are rushing humanitarian supplies to Vanuatu"


def under_way_now(view: SentenceView, verb: int) -> bool:
    """Does a time word of the present stand next to the progressive verb at *verb* (just before it, or
    after it in the same clause), or is the verb one of moving goods, with no word of the future?"""
    words = view.lower
    if verb > 0 and words[verb - 1] in _NOW_WORDS and words[verb - 1] != "today":
        return True  # "is now pumping", "is currently sending", "is already shipping"
    if _landed_after(words, verb):
        return True  # "is sending two aircraft with tents, adding that the first plane had already landed"
    seen_now = words[verb] in _MOVING
    for j in range(verb + 1, min(len(words), verb + 16)):
        word = words[j]
        if word in _STOP or word in CLAUSE_END:
            break
        if word in _FUTURE_WORDS:
            return False
        if word in _NOW_WORDS or word in _RATE_WORDS or tuple(words[j:j + 2]) in _NOW_PAIRS:
            seen_now = True
        if word in _COMMODITIES and words[verb] in _TRADING:
            seen_now = True  # "Russia is sending more oil to India": a steady trade, like "is buying Russian oil"
    return seen_now


# Goods bought or sold in a steady trade: "India is buying Russian oil", "Türkiye is selling arms to Pristina" are a
# standing supply (README A1: delivered),
# while "Poland is buying 250 tanks" is a deal still to be carried out.
_COMMODITIES = frozenset("oil crude gas lng diesel fuel petrol gasoline coal uranium electricity power wheat grain "
                         "grains corn maize rice fertiliser fertilizer barley sunflower soybeans arms weapons".split())
_RECEIVING = frozenset("buying importing purchasing acquiring".split())
# Verbs of giving or selling that move a commodity in a steady trade when in the progressive.
_TRADING = frozenset("sending selling providing giving".split())


def standing_purchase(view: SentenceView, verb: int, item_first: int, item_last: int) -> bool:
    """Is "<getter> is buying <commodity>" at *verb* (item in *item_first*..*item_last*) a steady trade going on,
    with no word of the future in its clause?"""
    words = view.lower
    if words[verb] not in _RECEIVING or verb < 1 or words[verb - 1] not in ("is", "are", "am"):
        return False
    if not _COMMODITIES & set(words[item_first:item_last]):
        return False
    return not any(w in _FUTURE_WORDS for w in words[verb + 1:min(len(words), verb + 16)]
                   if w not in _STOP)


_POINTING = frozenset("the these those".split())


# "the first plane had already landed", "the first ship has arrived": part of the goods is there.
_ARRIVED = frozenset("landed arrived docked".split())
_ALREADY = frozenset("already now".split())


def _landed_after(words: tuple[str, ...], verb: int) -> bool:
    """Does the sentence after the verb at *verb* say part of the goods has already arrived ("had already
    landed", "have arrived")?"""
    for j in range(verb + 1, len(words)):
        if words[j] in _ARRIVED and j > 0 and (words[j - 1] in _ALREADY or words[j - 1] in ("has", "had", "have")):
            return not any(w in _FUTURE_WORDS for w in words[verb + 1:j])
    return False


def bought_in_hand(view: SentenceView, verb: int, item_first: int, context_status: str | None) -> str | None:
    """The context's stage for "<getter> is acquiring the aircraft" when the object points back at the
    purchase just reported ("agreed to purchase Turkish drones. The kingdom is acquiring the aircraft"):
    the same deal, at its stage; else None."""
    words = view.lower
    if context_status not in ("approved", "pledged") or words[verb] not in _RECEIVING or verb < 1 \
            or words[verb - 1] not in ("is", "are") or item_first >= len(words) or words[item_first] not in _POINTING:
        return None
    return context_status


def by_agent(view: SentenceView, at: int) -> bool:
    """Is the word at *at* a participle with its own agent ("boats pledged by Japan were handed over"): a
    modifier of the subject, not a cue of the verb after it?"""
    return at + 1 < len(view.lower) and view.lower[at + 1] == "by" and view.lower[at].endswith("ed")
