"""The unstated subject of a meeting told by a gerund after a time word: in "South Korea's defence minister is
touring the Gulf, weeks after holding talks with Saudi Crown Prince Mohammed bin Salman" the one who held the
talks is the main clause's subject (README M2: a side with no named person is its state)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_TIME = frozenset("after before since while".split())


def gerund_subject(view: SentenceView, c_first: int, at: int) -> EntityRef | None:
    """The main clause's subject for a gerund trigger ending at *at* right after "after"/"before"/"since"/"while"
    in a clause after the main one: its first person, else its first state named by name or possessive; None."""
    if c_first == 0 or not any(view.lower[j].endswith("ing") and view.lower[j - 1] in _TIME
                               for j in range(max(c_first, at - 3, 1), at)):
        return None
    before = [m for m in view.actors if m.last <= c_first]
    person = next((m.entity for m in before if m.entity.kind == "person"), None)
    if person is not None:
        return person
    state = next((m for m in before if m.entity.kind == "state"), None)
    if state is None or state.how == "demonym" and not view.possessive(state):
        return None
    return state.entity if state.first <= 2 or view.lower[state.first - 1] in (",", "—", "-") else None
