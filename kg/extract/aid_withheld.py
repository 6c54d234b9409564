"""Aid withheld "from" its getter: "The US withheld $95 million in military aid from Egypt". After
"withhold", "from" names who does not get the goods (a declined record, README A3), not where they come from."""

from __future__ import annotations

from kg.extract.aid_comes_from import giver_from
from kg.extract.view import SentenceView

_WITHHOLDING = frozenset(("withhold",))


def withheld_from(view: SentenceView, segments: list, verb: str, donors: tuple) -> list:
    """*segments* of a withholding verb *verb* with the getter after "from" in a first segment that names none."""
    if verb not in _WITHHOLDING or not segments or any(r for _, _, r in segments):
        return segments
    first, last, _ = segments[0]
    j = next((j for j in range(first + 1, last - 1) if view.lower[j] == "from"), None)
    found = giver_from(view, j, frozenset()) if j is not None else None
    if found is None or found[1].entity in donors:
        return segments
    return [(first, j, (found[1].entity,)), *segments[1:]]
