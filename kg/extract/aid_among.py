"""Givers named as members of a group the supply verb describes: "Algeria and Tunisia are among the
countries that have sent aid to Libya", "The countries that have pledged troops to Haiti include Kenya,
Jamaica and the Bahamas", "Among those sending help to Morocco were Spain, Britain and Qatar". The verb's
own subject is the group noun ("countries", "those"); the states named as its members give."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique

_GROUP_NOUNS = frozenset("countries states nations governments donors those others allies partners members "
                         "contributors".split())
_RELATIVES = frozenset(("that", "who", "which"))
_SKIPPED = frozenset("have has had also already now will would reportedly".split())
_QUANTIFIERS = frozenset("the other many several few first main largest biggest".split())
_BE = frozenset("is are was were".split())
_LISTING = frozenset("include includes included are were".split())


def among_members(view: SentenceView, first: int):
    """The states named as members of the group that is the subject of the supply verb at *first*, and
    where they start; ((), None) when the verb's subject is no such group."""
    j = first - 1
    while j > 0 and (view.lower[j] in _SKIPPED or view.lower[j].endswith("ly")):
        j -= 1
    if j > 0 and view.lower[j] in _RELATIVES and view.lower[j - 1] in _GROUP_NOUNS:
        head = j - 1  # "the countries that have sent"
    elif view.lower[first].endswith("ing") and view.lower[first - 1] in _GROUP_NOUNS:
        head = first - 1  # "those sending help"
    else:
        return (), None
    k = head - 1
    while k >= 0 and view.lower[k] in _QUANTIFIERS:
        k -= 1
    if k >= 1 and view.lower[k] == "among" and view.lower[k - 1] in _BE and (k - 2) in view.actor_at:
        return _listed_before(view, k - 2)  # "Algeria and Tunisia are among the countries that ..."
    return _listed_after(view, first)  # "The countries that ... include Kenya", "Among those ... were Spain"


def _listed_before(view: SentenceView, last: int):
    end = view.actor_at[last]
    listed = [m for m in view.actors if m.last <= end.last and end in view.group(m)]
    group = view.group(listed[0]) if listed else [end]
    return unique(m.entity for m in group if m.entity.kind == "state"), group[0].first


def _listed_after(view: SentenceView, first: int):
    for j in range(first + 1, min(first + 20, len(view.tokens) - 1)):
        if view.lower[j] in (".", ";"):
            break
        k = j + 1 + (view.lower[j + 1] == "the")
        if view.lower[j] in _LISTING and k in view.actor_at:
            group = view.group(view.actor_at[k])
            return unique(m.entity for m in group if m.entity.kind == "state"), group[0].first
    return (), None
