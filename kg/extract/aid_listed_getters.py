"""Getters named by kind, then listed: "promised free grain to six African states, including Mali and Eritrea",
"sent grain to several countries, among them Mali", "lent money to African nations such as Zambia and Kenya",
"handed over to foreign air forces, including those of Indonesia and Iraq".
The states of the list get (README A1: the receiver is a state); the kind alone ("to nations facing pressure")
names none."""

from __future__ import annotations

from kg.extract.view import SentenceView

_KINDS = frozenset("countries states nations neighbours neighbors governments allies partners members "
                   "economies republics".split())
# a state's forces named by kind: "to foreign air forces, including those of Indonesia and Iraq"
_FORCES = frozenset("forces armies militaries navies".split())
_LISTING = (("including",), ("such", "as"), ("among", "them"), ("notably",), ("especially",), ("in", "particular"),
            ("mainly",), ("chiefly",), ("mostly",), ("like",), ("namely",))
# a list that names its kind at its end: "to six countries, Indonesia, Iraq and Poland among them"
_TRAILING = (("among", "them"), ("among", "others"))
_REACH = 6  # words from "to" to the kind noun ("to six African states")
_TIME = frozenset("last this next year month week in since so far".split())


def listed_getters(view: SentenceView, at: int, end: int) -> tuple[tuple, int]:
    """The states listed after a kind of getters named at *at* (after "to"/"for"), and where the list ends;
    ((), at) when there is none."""
    k = at
    while k < min(end, at + _REACH) and view.lower[k] not in _KINDS | _FORCES:
        if k in view.actor_at and view.actor_at[k].how != "demonym" or view.lower[k] in (",", ";", "."):
            return (), at  # a state named before the kind noun: read as usual
        k += 1
    if k >= end or view.lower[k] not in _KINDS | _FORCES:
        return (), at
    forces = view.lower[k] in _FORCES
    k += 1
    if k < end and view.lower[k] == "in":  # "to four countries in the Sahel, namely Chad and Niger"
        k = next((j for j in range(k + 1, min(end, k + 5)) if view.lower[j] in (",", ":")
                  or j in view.actor_at and view.actor_at[j].entity.kind == "state"), k)
    while k < end and k - at < _REACH + 4 and (view.lower[k] in _TIME or view.lower[k].isdigit()):
        k += 1  # "to several countries last year, among them Mali"
    colon = k < end and view.lower[k] == ":"  # "to six countries: Indonesia, Iraq and Poland"
    k += k < end and view.lower[k] in (",", ":")
    listing = next((words for words in _LISTING if tuple(view.lower[k:k + len(words)]) == words), None)
    if listing is None and not colon and not _trailing_listing(view, k):
        return (), at
    k += len(listing or ())
    if forces:  # the forces' states: "including those of Indonesia and Iraq"
        if tuple(view.lower[k:k + 2]) != ("those", "of"):
            return (), at
        k += 2
    k += k < end and view.lower[k] == "the"
    if k not in view.actor_at or view.actor_at[k].entity.kind != "state":
        return (), at
    group = view.group(view.actor_at[k])
    return tuple(m.entity for m in group if m.entity.kind == "state"), group[-1].last


def _trailing_listing(view: SentenceView, k: int) -> bool:
    """Do states listed from *k* end with "among them" ("six countries, Indonesia, Iraq and Poland among them")?"""
    if k not in view.actor_at or view.actor_at[k].entity.kind != "state":
        return False
    last = view.group(view.actor_at[k])[-1].last
    return any(tuple(view.lower[last:last + len(words)]) == words for words in _TRAILING)
