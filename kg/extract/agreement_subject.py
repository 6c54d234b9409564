"""The subject of an agreement verb, passing over a relative clause set off by commas: in "South Korea, which
says it cannot arm Ukraine because of the threat from the North, agreed to lend ...", the relative clause's
own conjunctions ("because") hide the subject from :meth:`SentenceView.subject`."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_RELATIVES = frozenset("which who".split())


def subject_of(view: SentenceView, j: int) -> tuple[EntityRef, ...]:
    """The actors in subject position of the verb at *j*."""
    found, _ = view.subject(j)
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
