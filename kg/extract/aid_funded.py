"""A state named in a compound adjective: "Saudi-funded fuel shipments reached power stations in Yemen",
"A Russian-financed nuclear plant is being built in Egypt", "A Cuba-bound cargo of Mexican crude".

Before "-funded" the state pays (delivered); the state the funded thing is in ("in X", "to X", "for X" in
the same clause) or its owner ("Kenya's") receives it. Before "-bound" the state receives the goods.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import BE_FORMS, CLAUSE_END, PREPOSITIONS, SentenceView

PAID = frozenset("funded financed bankrolled".split())
_ENTRY = Entry(("fund",), "give", "delivered")
_NOT_ITEM = PREPOSITIONS | BE_FORMS | frozenset("has have had will would could can may might and or".split())


def funded_frame(view: SentenceView, at: int) -> Frame | None:
    """The frame of "<State>-funded <thing>" with the participle at token *at*."""
    if view.lower[at] not in PAID or at < 2 or view.lower[at - 1] != "-":
        return None
    payer = next((m for m in view.actors if m.last == at - 1), None)
    if payer is None or payer.entity.kind != "state":
        return None
    receiver, end = None, at + 1
    for j in range(at + 1, len(view.tokens)):
        if view.lower[j] in (";", ".", ",") or view.lower[j] in CLAUSE_END:
            break
        if j in view.actor_at and view.lower[j - 1] in ("in", "to", "for") \
                and view.actor_at[j].entity.kind == "state" and view.actor_at[j].entity != payer.entity:
            receiver, end = view.actor_at[j].entity, view.actor_at[j].last
            break
    if receiver is None:  # "Kenya's Chinese-funded railway"
        owner = next((m for m in view.actors if m.last == payer.first - 1 and view.possessive(m)), None)
        receiver = owner.entity if owner is not None and owner.entity != payer.entity else None
    if receiver is None:
        return None
    item_end = at + 1
    while item_end < len(view.tokens) and view.lower[item_end].isalpha() and view.tokens[item_end].text[:1].islower() \
            and view.lower[item_end] not in _NOT_ITEM and not view.lower[item_end].endswith("ed"):
        item_end += 1  # "fuel shipments", "nuclear plant", "railway"
    if item_end == at + 1:
        return None
    return Frame(_ENTRY, at, at + 1, (payer.entity,), [(at + 1, item_end, (receiver,))], "delivered",
                 payer.first, max(end, item_end))


def bound_frame(view: SentenceView, at: int) -> Frame | None:
    """"A Cuba-bound cargo of Mexican crude", "Russian arms bound for Syria" is left to the give frames:
    the state before "-bound" receives the goods that follow, from the origin they name (a demonym or
    "from X") in the same noun phrase."""
    if view.lower[at] != "bound" or at < 2 or view.lower[at - 1] != "-":
        return None
    receiver = next((m for m in view.actors if m.last == at - 1), None)
    if receiver is None or receiver.entity.kind != "state":
        return None
    origin, end = None, at + 1
    for j in range(at + 1, min(len(view.tokens), at + 10)):
        if view.lower[j] in (";", ".", ",") or view.lower[j] in CLAUSE_END:
            break
        if j in view.actor_at and view.actor_at[j].entity != receiver.entity and (
                view.actor_at[j].how == "demonym" or view.lower[j - 1] == "from"):
            origin, end = view.actor_at[j], view.actor_at[j].last
            break
    if origin is None:
        return None
    item_end = end
    while item_end < len(view.tokens) and view.lower[item_end].isalpha() and view.tokens[item_end].text[:1].islower() \
            and view.lower[item_end] not in _NOT_ITEM and not view.lower[item_end].endswith("ed") \
            and view.lemmas[item_end] == view.lower[item_end]:
        item_end += 1  # "Mexican crude"
    if not load_lexicon().categorise([t.text for t in view.tokens[at + 1:max(item_end, end)]])[0]:
        return None  # "a Russia-bound Chinese delegation": no goods
    return Frame(_ENTRY, at, at + 1, (origin.entity,), [(at + 1, max(item_end, end), (receiver.entity,))],
                 "delivered", receiver.first, max(item_end, end))
