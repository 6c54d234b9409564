"""An actor after the accord that belongs to another event of the sentence is no party: "signed a defence
pact with the Philippines amid tensions with China" (China's tensions, not the pact), "signed a gas deal with
Israel as Jordan weighed a similar agreement" (a clause with its own subject). Dropped only where two other
parties remain, so "signed a deal after talks with Israel" keeps the partner the text implies."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

# nouns whose "with" takes the other side of a relation, not of the accord: "tensions with China"
_RELATIONS = frozenset("tension tensions ties relations relationship dispute disputes row rift spat war conflict "
                       "standoff clashes feud rivalry border".split())
_SUBORDINATORS = frozenset("while as since although though because whereas when until after before".split())


def _other_event(view: SentenceView, last: int, at: int) -> bool:
    """Is the actor starting at *at* (after the accord noun ending before *last*) the other side of a relation
    noun ("tensions with China") or the subject of a trailing clause ("as Jordan weighed ...")?"""
    k = at - 1 - (view.lower[at - 1] == "the")
    if k > last and view.lower[k] == "with" and view.lower[k - 1] in _RELATIONS:
        return True
    j = next((j for j in range(at - 1, last - 1, -1) if view.lower[j] in _SUBORDINATORS), None)
    if j is None or view.lower[j - 1] in ("such", "well", "so"):
        return False  # "such as Qatar", "as well as Oman"
    first = j + 1 + (view.lower[j + 1] == "the")
    return any(m.first == first for m in view.actors)


def trailing_others(view: SentenceView, c_first: int, last: int, c_last: int,
                    parties: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """*parties* without those named after the accord (ending before *last*) only in another event, where two
    parties remain."""
    def other(ref: EntityRef) -> bool:
        mentions = [m for m in view.actors if m.entity == ref and c_first <= m.first < c_last]
        return bool(mentions) and all(m.first >= last and _other_event(view, last, m.first) for m in mentions)

    kept = tuple(p for p in parties if not other(p))
    return kept if len(kept) >= 2 else parties
