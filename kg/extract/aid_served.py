"""A body named as getter together with the people it serves: "300 million euros for the United Nations and
other groups helping Syrians", "funds for UN agencies assisting Afghans". The state of the people helped is
the getter (README A1: the flow is to them; the body is its channel), as with "through UNICEF for children in
Myanmar"."""

from __future__ import annotations

from kg.extract.view import SentenceView, unique
from kg.model import EntityRef

_GROUPS = frozenset("and other groups agencies organisations organizations partners charities aid relief "
                    "humanitarian".split())
_SERVING = frozenset("helping assisting supporting serving aiding".split())


def served_states(view: SentenceView, recipients: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """*recipients* with each organisation followed by "(and other groups) helping <demonym plural>" replaced
    by the state of the people it helps."""
    if _SERVING.isdisjoint(view.lower):
        return recipients
    served = []
    for recipient in recipients:
        mention = next((m for m in view.actors if m.entity == recipient), None)
        state = _served(view, mention.last) if mention is not None and recipient.kind == "organisation" else None
        served.append(state or recipient)
    return unique(served)


def _served(view: SentenceView, after: int) -> EntityRef | None:
    j = after
    while j < min(after + 5, len(view.tokens)) and view.lower[j] in _GROUPS:
        j += 1
    helped = view.actor_at.get(j + 1) if j < len(view.tokens) and view.lower[j] in _SERVING else None
    if helped is None or helped.how != "demonym" or helped.entity.kind != "state":
        return None
    return helped.entity
