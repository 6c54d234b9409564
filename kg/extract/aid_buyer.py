"""A standing buyer named by what it is: "India became the biggest buyer of Russian crude", "the largest buyer of
Russian weapons, accounting for ...". A standing supply relationship is a delivered flow (README A1) from the
seller, named as the origin of the goods, to the buyer."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_slots import ITEM_STOP
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import BE_FORMS, SentenceView, becoming, unique

_BUYER_ENTRY = Entry(("buyer",), "receive", "delivered")
_BECOME = frozenset("remain remains remained become becomes became".split())


def buyer_frame(view: SentenceView, at: int, context: Context | None = None) -> Frame | None:
    """"India became one of the biggest buyers of Russian crude", "Hungary is the main importer of gas from
    Russia", "Argentina, once a major buyer of Bolivian gas, ...": the subject (or the state the buyer noun is
    set beside) receives from the origin named in the object (a standing supply, README A1)."""
    j, seller, apposed = at - 1, None, None
    while j >= 0 and at - j <= 8 and view.lower[j] not in BE_FORMS | _BECOME and not becoming(view, j):
        mention = view.actor_at.get(j) or next((m for m in view.actors if m.first <= j < m.last), None)
        if mention is not None and seller is None and view.possessive(mention) and mention.how != "demonym":
            seller, j = mention, mention.first - 1  # "India has been Russia's biggest arms customer"
            continue
        if view.lower[j] == "," and seller is None and (apposed := view.actor_at.get(j - 1)) is not None \
                and apposed.last == j and apposed.entity.kind == "state":
            break  # "Argentina, once a major buyer of Bolivian gas, stopped imports"
        if view.lower[j] in (",", ".", ";") or mention is not None:
            return None
        j -= 1
    if seller is not None and j >= 0 and at - j <= 8 and (view.lower[j] in BE_FORMS | _BECOME or becoming(view, j)):
        recipients, subject_at = view.subject(j)
        recipients = tuple(r for r in recipients if r.kind in ("state", "organisation") and r != seller.entity)
        words = [t.text for t in view.tokens[seller.last:at]]
        if not recipients or not load_lexicon().categorise(words)[0]:
            return None  # "India is Russia's biggest customer": no goods named
        return Frame(_BUYER_ENTRY, at, at + 1, (seller.entity,), [(seller.last + 1, at, recipients)], "delivered",
                     subject_at if subject_at is not None else j, at + 1)
    if j >= 0 and at - j <= 4 and context is not None and context.donors and at + 1 < len(view.tokens) \
            and view.lower[at + 1] in (",", ".") and view.lower[j + 1:j + 2] == ("the",):
        buyers, subject_at = view.subject(j)  # "China remained the largest buyer, taking 351,000 bpd": of the
        buyers = tuple(r for r in buyers if r.kind == "state" and r not in context.donors)  # goods in hand
        return Frame(_BUYER_ENTRY, at, at + 1, context.donors, [(at, at + 1, buyers)], "delivered",
                     subject_at if subject_at is not None else j, at + 1, used_context=True) if buyers else None
    if j < 0 or at - j > 8 or at + 2 >= len(view.tokens) or view.lower[at + 1] != "of":
        return None
    recipients, subject_at = ((apposed.entity,), apposed.first) if apposed is not None else view.subject(j)
    recipients = tuple(r for r in recipients if r.kind in ("state", "organisation"))
    end = at + 2
    while end < len(view.tokens) and view.lower[end] not in ITEM_STOP and view.lower[end] not in (".", ",", ";"):
        end += 1
    origin = [m for m in view.state_in(at + 2, end) if m.entity not in recipients
              and (m.how == "demonym" or view.possessive(m) or view.lower[m.first - 1] in ("from", "of"))]
    if not recipients or not origin:
        return None
    item_first = at + 2
    item_last = next((x for x in range(item_first, end) if view.lower[x] == "from"), end)
    return Frame(_BUYER_ENTRY, at, at + 1, unique(m.entity for m in origin[:1]),
                 [(item_first, item_last, recipients)], "delivered",
                 subject_at if subject_at is not None else j, end)
