"""A supply to the giver's own people or buyers: "it would supply its customers with gas from other sources",
"Qatar will supply its own households first". The getter is named and is no state, so there is no flow
between states (and no getter is to be borrowed from the sentences before)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_OWN_PEOPLE = frozenset("customers consumers clients households citizens people population users market industry "
                        "factories plants".split())


def own_people(view: SentenceView, at: int) -> bool:
    """Does the object at *at* name the giver's own people or buyers ("its customers", "their own households")?"""
    k = at + 1 + (view.lower[at + 1:at + 2] == ("own",))
    return bool(view.lower[k:k + 1]) and view.lower[at:at + 1] in (("its",), ("their",)) and view.lower[k] in _OWN_PEOPLE


def people_subject(view: SentenceView, first: int, last: int) -> bool:
    """Does the subject tokens[first:last] of a passive supply verb name buyers or people and no actor ("all
    customers could be supplied with gas")? They, not a state, are its getters."""
    return not view.state_in(first, last) and not _OWN_PEOPLE.isdisjoint(view.lower[first:last])
