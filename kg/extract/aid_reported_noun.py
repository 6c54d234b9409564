"""The giver of a supply named by a noun inside reports its subject rejects: "Pakistan dismissed reports of
ammunition sales to Ukraine as baseless", "Islamabad described reports of arms sales to Ukraine as fabricated",
"India termed reports of arms exports to Israel false". A state that rejects reports of sales, exports or
deliveries that name no one else as their giver rejects reports of its own (the reported flow keeps its stage,
README A4; aid_rebuttal adds the denial)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_REPORTS = frozenset("reports report claims allegations accusations suggestions rumours rumors".split())
_REJECTING = frozenset("dismiss deny reject call describe term refute brand".split())
_MODIFIERS = 3  # words between "of" and the supply noun: "reports of ammunition sales", "of further arms sales"


def reported_giver(view: SentenceView, first: int) -> tuple[EntityRef, ...]:
    """The rejecting subject of "<subject> dismissed reports of <...> <noun at first>", if one state."""
    of = next((k for k in range(first - 1, max(-1, first - 2 - _MODIFIERS), -1) if view.lower[k] == "of"), None)
    if of is None or of < 2 or view.lower[of - 1] not in _REPORTS \
            or any(k in view.actor_at or not view.lower[k].isalpha() for k in range(of + 1, first)):
        return ()
    verb = of - 2 - (view.lower[of - 2] in ("the", "these", "those"))  # "dismissed (the) reports of"
    if verb < 1 or view.lemmas[verb] not in _REJECTING:
        return ()
    subject, _ = view.subject(verb)
    return subject if len(subject) == 1 and subject[0].kind == "state" else ()
