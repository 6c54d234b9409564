"""A supply someone is warned or urged against: "Washington has warned Cairo against buying Chinese
jets", "cautioned Beijing against supplying weapons to Russia". Neither the warner nor the warned
gives or gets anything: the supply has not happened (README A5). "Germany decided against sending
tanks" is another matter (a giver's own refusal, read by the status cues), and so is "against buying
more Russian oil", which says the buying goes on.
"""

from __future__ import annotations

from kg.extract.view import SentenceView

_WARNING = frozenset("warn caution advise urge counsel lobby press push appeal plead".split())
_GOING_ON = frozenset("more further additional extra".split())
_CLAUSE = frozenset(". ; : , and but".split())


def warned_against(view: SentenceView, first: int) -> bool:
    """Is the verb at *first* a gerund after "against" that a warning or urging verb governs?"""
    if first < 2 or not view.lower[first].endswith("ing") or view.lower[first - 1] != "against":
        return False
    if first + 1 < len(view.tokens) and view.lower[first + 1] in _GOING_ON:
        return False  # "against buying more Russian oil": the buying goes on
    for j in range(first - 2, max(-1, first - 10), -1):
        if view.lower[j] in _CLAUSE:
            return False
        if view.lemmas[j] in _WARNING:
            return True
    return False
