"""A recipient giving up money a state gives it: "The Philippines dropped Chinese funding for three
railway projects", "Tanzania shelved a Chinese loan for the Bagamoyo port", "Sierra Leone cancelled a
$400 million Chinese-funded airport", "Kenya has scrapped China's financing for the line".

The subject state is the getter, the state of the demonym or possessive that opens the object is the
giver, and the flow is declined (README A3: either side cancelled or dropped it). Only money words or a
"<demonym>-funded" thing count as the object, so "dropped his hold on the sale" or "the scheme was
shelved" give nothing.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_GIVING_UP = frozenset("drop cancel scrap shelve ditch abandon axe terminate".split())
ADDS_WITH = _GIVING_UP  # no frame added without one (aid_sentence_passes)
_MONEY = frozenset("funding financing finance loan loans credit credits grant grants aid assistance investment "
                   "investments money funds".split())
_PAID = frozenset("funded financed backed bankrolled".split())
_SKIPPED = frozenset("a an the its their plans for planned million billion $".split())
_ITEM_END = frozenset("and or after because amid as which that but while when".split())
_ENTRY = Entry(("drop",), "receive", "declined")


def dropped_funding_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """Frames of recipients dropping a giver's money, where no frame of *frames* has that verb."""
    if _GIVING_UP.isdisjoint(view.lemmas):
        return []
    taken = {f.first for f in frames}
    found = (_frame(view, j) for j, lemma in enumerate(view.lemmas) if lemma in _GIVING_UP and j not in taken)
    return [f for f in found if f is not None]


def _frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of a recipient state dropping a giver's money, with the verb at token *at*."""
    if view.lower[at - 1:at] == ("a",):  # "a drop in"
        return None
    getters = tuple(g for g in view.subject(at)[0] if g.kind == "state")
    if not getters:
        return None
    j = at + 1
    while j < len(view.tokens) and (view.lower[j] in _SKIPPED or view.amount_at(j)):
        j += 1  # "cancelled a $400 million Chinese-funded airport"
    giver = view.actor_at.get(j)
    if giver is None or giver.entity.kind != "state" or giver.entity in getters \
            or not (giver.how == "demonym" or view.possessive(giver)):
        return None
    k = giver.last + (view.lower[giver.last:giver.last + 1] == ("'s",))  # "China's funding"
    if view.lower[k:k + 1] == ("-",) and view.lower[k + 1:k + 2] and view.lower[k + 1] in _PAID:
        k += 2  # "Chinese-funded airport"
    elif k >= len(view.tokens) or view.lower[k] not in _MONEY:
        return None
    end = k + 1
    while end < len(view.tokens) and view.lower[end] not in _ITEM_END and _item_word(view, end):
        end += 1  # "funding for three railway projects", "financing for the Subic-Clark railway"
    return Frame(_ENTRY, at, at + 1, (giver.entity,), [(k, end, getters)], "declined", at, end)


def _item_word(view: SentenceView, at: int) -> bool:
    """Does token *at* go on the item: a lower-case word, a hyphen, or a name after "the" or a hyphen?"""
    text = view.tokens[at].text
    if text == "-" or text.isalpha() and text[:1].islower():
        return True
    return text[:1].isupper() and view.lower[at - 1] in ("the", "-")
