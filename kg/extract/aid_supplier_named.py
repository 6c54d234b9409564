"""Givers named after the noun that says what they are to the getter: "Zambia's creditors include China
and Saudi Arabia", "Zambia's biggest creditors are China and the World Bank", "Zambia's main creditor,
China, agreed to ...", "bilateral creditors such as China". The states named give (a standing supply,
README A1) to the owner of the noun, else to the getter in context."""

from __future__ import annotations

from kg.extract.aid_nouns import SUPPLIER_ENTRY, Context, Frame
from kg.extract.view import SentenceView, unique

_LISTING = frozenset("include includes included including are were".split())
_NAMING = (("such", "as"), ("like",), ("including",))
_TURNING = frozenset("turn borrow rely depend lean".split())


def named_suppliers(view: SentenceView, at: int, context: Context) -> Frame | None:
    """The frame of the supplier noun at *at* whose givers are named after it, or None."""
    n = len(view.tokens)
    k = at + 1
    appositive = k < n and view.lower[k] == ","
    if k < n and view.lower[k] in _LISTING:
        k += 1
    elif appositive:
        k += 1  # "Zambia's main creditor, China, agreed": an appositive
    elif (words := next((w for w in _NAMING if tuple(view.lower[k:k + len(w)]) == w), None)) is not None:
        k += len(words)
    else:
        return None
    k += k < n and view.lower[k] == "the"
    if k not in view.actor_at:
        return None
    group = _with_amounts(view, view.group(view.actor_at[k]))
    if appositive and view.lower[group[-1].last:group[-1].last + 1] != (",",):
        return None  # "fresh money from donors, OCHA said": the speaker, no appositive
    givers = unique(m.entity for m in group if m.entity.kind in ("state", "organisation") and m.how != "demonym")
    owner = next((m for m in reversed(view.actors) if m.last <= at and at - m.last <= 4 and view.possessive(m)
                  and m.entity.kind == "state"), None)
    subject = tuple(s for s in view.subject(at)[0] if s.kind == "state") if owner is None else ()
    if owner is None and not subject and view.pronoun_subject(next((j for j in range(at - 1, -1, -1)
                                                                     if view.lemmas[j] in _TURNING), at)):
        subject = tuple(context.subject)  # "It has turned to traditional bilateral creditors such as China"
    getters = (owner.entity,) if owner is not None else subject or tuple(context.recipients)
    getters = tuple(g for g in getters if g not in givers)
    if not givers or not getters:
        return None
    start = owner.first if owner is not None else at
    # "Donors pledged $1.5 billion for Sudan. Among the largest contributors were Germany ...": the pledges in hand
    status = "pledged" if owner is None and not subject and context.status == "pledged" else "delivered"
    return Frame(SUPPLIER_ENTRY, at, at + 1, givers, [(at, at + 1, getters)], status, start, group[-1].last,
                 used_context=owner is None)


def _with_amounts(view: SentenceView, group: list) -> list:
    """*group* extended over givers listed with their sums: "Germany, with 244 million euros, and the United
    States, with $147 million"."""
    end = group[-1].last
    while end + 3 < len(view.tokens) and view.lower[end] == "," and view.lower[end + 1] == "with":
        close = next((j for j in range(end + 2, min(end + 9, len(view.tokens))) if view.lower[j] == ","), None)
        if close is None or view.lower[close + 1:close + 2] != ("and",):
            break
        k = close + 2 + (view.lower[close + 2:close + 3] == ("the",))
        if k not in view.actor_at:
            break
        group = group + [view.actor_at[k]]
        end = view.actor_at[k].last
    return group
