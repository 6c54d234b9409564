"""The subject of an agreement verb, passing over a relative clause set off by commas: in "South Korea, which
says it cannot arm Ukraine because of the threat from the North, agreed to lend ...", the relative clause's
own conjunctions ("because") hide the subject from :meth:`SentenceView.subject`; and over a speaker: in "The
Kremlin said Moscow and Minsk had agreed ..." the subject is the pair after the speech verb."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import EntityRef

_RELATIVES = frozenset("which who".split())


def _speech_after(view: SentenceView, at: int, j: int) -> int | None:
    """The speech verb right after the subject that starts at *at* ("The Kremlin said", "Ghana's president said
    on Monday"), before the verb at *j*: not one inside a relative clause ("South Korea, which says ...")."""
    end = next((m.last for m in view.actors if m.first == at), at + 1)
    for k in range(end, min(end + 4, j)):
        if view.lower[k] in SAID_SAYS:
            return k
        if view.lower[k] in (",", "which", "who", "that") or k in view.actor_at:
            return None
    return None


def subject_of(view: SentenceView, j: int) -> tuple[EntityRef, ...]:
    """The actors in subject position of the verb at *j*; in reported speech, those after the speech verb
    ("The Kremlin said Moscow and Minsk had agreed to ...": Moscow and Minsk, not the Kremlin)."""
    found, at = view.subject(j)
    said = _speech_after(view, at, j) if found and at is not None else None
    if said is not None:
        inner = [m for m in view.actors if said < m.first < j]
        if inner:
            return tuple(dict.fromkeys(m.entity for m in view.group(inner[0]) if m.first < j))
    if found:
        return found
    k = j - 1
    while k >= 0 and view.lower[k].endswith("ly"):  # "..., quickly agreed"
        k -= 1
    if k < 2 or view.lower[k] != ",":
        return found
    rel = next((r for r in range(k - 1, 0, -1) if view.lower[r] in _RELATIVES and view.lower[r - 1] == ","), None)
    if rel is None or any(view.lower[x] in (";", ".", "—") for x in range(rel, k)):
        return found
    return view.subject(rel - 1)[0]
