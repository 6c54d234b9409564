"""Forces withdrawn from a state: "France pulled its troops out of Mali", "Russia withdrew its forces
from Syria". Troops stationed to help a state are a supply of military services; a
withdrawal reports both that they were there (delivered, README A3 "including supplies since
stopped") and that they were taken out (declined)."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

WITHDRAW_WORDS = _WITHDRAW = frozenset("withdraw withdrew withdrawn pull".split())  # the lookup lemmatizer keeps "withdrew"
# (advisers are people by their office, never goods: kg.extract.aid_checks drops them)
_FORCES = frozenset("troops forces soldiers instructors trainers peacekeepers contingent garrison".split())
_ENTRY = Entry(("withdraw",), "give", "declined")


def withdrawal_frames(view: SentenceView, at: int, context: Context) -> list[Frame]:
    """The two frames of a withdrawal whose verb is at *at*, or none."""
    if view.lemmas[at] not in _WITHDRAW and view.lower[at] not in _WITHDRAW:
        return []
    n = len(view.tokens)
    j = at + 1 + (at + 1 < n and view.lower[at + 1] == "out")  # "pulled out its troops"
    forces = next((x for x in range(j, min(j + 4, n)) if view.lower[x] in _FORCES), None)
    if forces is None or any(view.lower[x] in (",", ".", ";") for x in range(j, forces)):
        return []
    k = forces + 1
    if k + 1 < n and view.lower[k] == "out" and view.lower[k + 1] == "of":
        k += 2
    elif k < n and view.lower[k] == "from":
        k += 1
    else:
        return []
    while k < n and k not in view.actor_at and view.lower[k].isalpha() and view.tokens[k].text[:1].islower():
        k += 1  # "out of neighbouring Mali"
    host = view.actor_at.get(k)
    donors, subject_at = view.subject(at)
    if host is None or host.entity.kind != "state" or not donors or host.entity in donors:
        return []
    first = subject_at if subject_at is not None else at
    return [Frame(_ENTRY, at, at + 1, donors, [(j, forces + 1, (host.entity,))], status, first, host.last)
            for status in ("delivered", "declined")]
