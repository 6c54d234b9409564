""""According to a joint statement, the leaders also decided ...", "..., according to a joint statement
carried by Xinhua": a joint statement with no issuer named after it is the statement of the two parties the
report is about (or of the pair named together last), and each makes the claim (gold rule C2: coordinated
speakers each make the claim). An outlet that only carried it is no issuer."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_STATEMENTS = frozenset("statement communique communiqué declaration".split())
_ISSUERS = frozenset("by from of between".split())  # "a joint statement by X and Y" names its issuers


def joint_according(view: SentenceView, pair: tuple, groups: list):
    """(speakers, first, last, cue) for "according to a/the joint statement" with no issuer after it, when
    the report's two parties are known; else None."""
    n = len(view.tokens)
    if "joint" not in view.sentence.lower_set:
        return None  # most sentences
    for j in range(n - 4):
        if view.lower[j:j + 2] != ("according", "to") or view.lower[j + 2] not in ("a", "the") \
                or view.lower[j + 3] != "joint" or view.lower[j + 4] not in _STATEMENTS:
            continue
        if j + 5 < n and view.lower[j + 5] in _ISSUERS:
            return None
        parties: tuple[EntityRef, ...] = tuple(pair) or next((tuple(g) for g in reversed(groups)
                                                                if len(g) == 2 and g[0].kind == "state"), ())
        if len(parties) != 2:
            return None
        if j > 2:
            return parties, 0, j, "reported"
        end = next((k for k in range(j + 5, n) if view.lower[k] == ","), None)
        return (parties, end + 1, n, "reported") if end is not None and n - end > 3 else None
    return None
