"""An unattributed joint statement closing the sentence: "Ghana and Ivory Coast will set up joint patrols
..., a joint statement said." The states (or persons) that open the sentence are the ones who issued it,
and each makes the claim (gold rule C2: coordinated speakers each make the claim), as "..., the two
countries said in a joint statement" already is."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_STATEMENTS = frozenset("statement communique communiqué declaration".split())
_BETWEEN = frozenset("issued released published after the talks meeting summit".split())


def _opening_actors(view: SentenceView) -> tuple[EntityRef, ...] | None:
    """Coordinated states or persons that open the sentence, after a dateline if any."""
    if not view.actors:
        return None
    first = view.actors[0]
    if any(t.text[:1].islower() and view.lower[k] != "the" for k, t in enumerate(view.tokens[:first.first])):
        return None  # the sentence does not open with them ("After talks, ..."): no subject to go by
    refs = tuple(dict.fromkeys(m.entity for m in view.group(first)))
    if len(refs) < 2 or len({r.kind for r in refs}) != 1 or refs[0].kind not in ("state", "person"):
        return None
    return refs


_PAIR_OPENERS = (("the", "two"), ("both",))
_PAIR_NOUNS = frozenset("sides countries governments leaders nations parties".split())


def _pair_opening(view: SentenceView, groups: list) -> tuple[EntityRef, ...] | None:
    """"The two sides, the joint statement said, ...": the pair named together last (*groups*, oldest first)
    when the sentence opens with a description of two."""
    for opener in _PAIR_OPENERS:
        n = len(opener)
        if view.lower[:n] == opener and len(view.tokens) > n and view.lower[n] in _PAIR_NOUNS:
            return next((refs for refs in reversed(groups) if len(refs) == 2), None)
    return None


def joint_statement(view: SentenceView, verb: int, groups: list = ()) -> tuple[tuple[EntityRef, ...], int] | None:
    """At a speech verb *verb* after ", a joint statement (issued after the talks)": (the actors opening
    the sentence, or the pair named before when "the two sides" opens it, where "a joint statement"
    starts), or None."""
    k = verb - 1
    while k > 0 and view.lower[k] in _BETWEEN:
        k -= 1
    if k < 3 or view.lower[k] not in _STATEMENTS or view.lower[k - 1] != "joint" \
            or view.lower[k - 2] not in ("a", "the") or view.lower[k - 3] != ",":
        return None
    actors = _opening_actors(view) or _pair_opening(view, list(groups))
    return (actors, k - 2) if actors is not None else None
