"""A supply verb joined to a verb of backing that shares its object: "accused Rwanda of arming and reinforcing
the M23", "has armed and supported the rebels", "funds and protects the militia". The object after the
second verb is what the first one gives to (or, for verbs whose object is the getter, who gets it), as in
"train and equip the Somali navy" where both verbs give."""

from __future__ import annotations

from kg.extract.view import SentenceView

_BACKING = frozenset("back support reinforce assist protect shelter harbour harbor sponsor bolster sustain "
                     "strengthen direct".split())


def backing_verb(view: SentenceView, first: int, at: int) -> bool:
    """Is the word at *at* (after "and") a verb of backing in the same form as the supply verb at *first*
    ("arming and reinforcing", "armed and backed", "arms and supports")?"""
    if at >= len(view.tokens) or view.lemmas[at] not in _BACKING:
        return False
    verb, other = view.lower[first], view.lower[at]
    return any(verb.endswith(ending) and other.endswith(ending) for ending in ("ing", "ed", "s")) \
        or view.lemmas[first] == verb and view.lemmas[at] == other  # "arm and back the rebels"
