"""Givers named as members of a group the supply verb describes: "Algeria and Tunisia are among the
countries that have sent aid to Libya", "The countries that have pledged troops to Haiti include Kenya,
Jamaica and the Bahamas", "a group of countries, among them Brazil and Venezuela, that have already sent
assistance to Bolivia". The verb's own subject is the group noun ("countries", "those"); the states
named as its members give."""

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
    if j > 0 and view.lower[j] in _RELATIVES and view.lower[j - 1] == "," and (named := _named_aside(view, j - 1)):
        return named  # "a group of countries, among them Brazil and Venezuela, that have already sent"
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


def _members(group) -> tuple:
    """The states of a listed group and where the list starts."""
    return unique(m.entity for m in group if m.entity.kind == "state"), group[0].first


def _listed_before(view: SentenceView, last: int):
    return _members(view.group_ending(view.actor_at[last]))


def _listed_after(view: SentenceView, first: int):
    for j in range(first + 1, min(first + 20, len(view.tokens) - 1)):
        if view.lower[j] in (".", ";"):
            break
        k = j + 1 + (view.lower[j + 1] == "the")
        if view.lower[j] in _LISTING and k in view.actor_at:
            return _members(view.group(view.actor_at[k]))
    return (), None


_NAMING = (("among", "them"), ("including",), ("such", "as"), ("like",))


def _named_aside(view: SentenceView, comma: int):
    """The states an aside before *comma* names as members of the group noun before it: "countries,
    among them Brazil and Venezuela,"; ((), None) when there is none."""
    opening = next((k for k in range(comma - 1, max(0, comma - 12), -1) if view.lower[k] == ","), None)
    if opening is None or opening < 1 or view.lower[opening - 1] not in _GROUP_NOUNS:
        return (), None
    words = next((w for w in _NAMING if tuple(view.lower[opening + 1:opening + 1 + len(w)]) == w), None)
    first = opening + 1 + len(words) if words else None
    if first is None or first not in view.actor_at:
        return (), None
    return _members([m for m in view.group(view.actor_at[first]) if m.last <= comma])
