"""A purchase carried out under a deal already signed, or a deal secured: "Türkiye has bought 20 jets from
Britain under a deal signed on Monday", "Germany is to receive LNG from the UAE after a supply contract was
signed", "Ankara secured a $7 billion deal with Washington for 40 F-16s". A purchase contract signed is
approved (README A3): the goods are contracted, still to be handed over."""

from __future__ import annotations

from kg.extract.view import SentenceView

_DEAL_NOUNS = frozenset("contract contracts deal deals agreement agreements accord".split())
_SIGNED = frozenset("signed inked concluded".split())
_INTRO = frozenset("under after".split())
_SECURING = frozenset("secure secured secures securing clinched clinch".split())
_STOPS = frozenset("; . but while although".split())
_FUTURE = frozenset("will would to be".split())


def deal_signed(view: SentenceView, first: int) -> bool:
    """Is the purchase verb at *first* done under a deal signed ("under a deal signed on Monday", "after a
    supply contract was signed"), or is it "secured" with a deal for its object?"""
    words = view.lower
    if words[first] in _SECURING:
        return any(w in _DEAL_NOUNS for w in words[first + 1:first + 6])
    for j in range(first + 1, len(words)):
        if words[j] in _STOPS:
            return False
        if words[j] in _INTRO and j + 1 < len(words) and words[j + 1] in ("a", "an", "the"):
            for k in range(j + 2, min(len(words), j + 6)):
                if words[k] in _DEAL_NOUNS:
                    tail = words[k + 1:k + 4]
                    signed = next((i for i, w in enumerate(tail) if w in _SIGNED), None)
                    return signed is not None and not _FUTURE & set(tail[:signed])
    return False


# What a getter looks for that is no goods: "looked for a way to fill the gap", "is looking for partners".
_NO_GOODS = frozenset("way ways means solution solutions alternative alternatives partner partners buyer buyers "
                      "investor investors compromise answer answers exit".split())
_DETERMINERS = frozenset("a an the other new another some".split())


def sought_no_goods(view: SentenceView, last: int) -> bool:
    """Does the object of the asking verb ending at *last* name a way or a partner, not goods?"""
    j = last
    while j < len(view.lower) and (view.lower[j] in _DETERMINERS or view.lower[j] in _COUNTING
                                   or view.lower[j][:1].isdigit()):
        j += 1  # "looking for an estimated 10 to 15 people"
    return j < len(view.lower) and (view.lower[j] in _NO_GOODS or view.lower[j] in _PEOPLE)


_COUNTING = frozenset("estimated about around roughly nearly more than to at least dozens hundreds thousands of "
                      "missing".split())
# people searched for, not goods asked for: "searchers were still looking for an estimated 10 to 15 people"
_PEOPLE = frozenset("people persons survivors victims bodies residents migrants children passengers workers "
                    "hostages climbers fishermen sailors crew".split())
