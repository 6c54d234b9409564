"""An accord a third side brokered between two others ("Qatar brokered a ceasefire between Israel and Hamas",
"a truce between Thailand and Cambodia, brokered by Malaysia"): the two sides reached it (AG2 agreed); one a
go-between is still trying to broker is proposed."""

from __future__ import annotations

from kg.extract.agreement_discourse import between_pair
from kg.extract.view import PREPOSITIONS, SentenceView

_BROKER = frozenset("broker brokered brokers brokering mediate mediated mediates mediating".split())
_DETERMINERS = frozenset("a an the".split())
_HELP = frozenset("help helps helped helping".split())
_TRY = frozenset("try tries tried trying seek seeks sought seeking attempt attempts attempted attempting hope hopes "
                 "hoped hoping aim aims aimed aiming push pushes pushing will would could may might".split())


def brokered_stage(view: SentenceView, first: int, last: int, c_last: int, status: str | None) -> str | None:
    """*status*, or where the clause gives none and the accord noun [*first*, *last*) names its sides with
    "between", the stage a verb of brokering before it or after the sides gives."""
    if status is not None or not between_pair(view, last, c_last):
        return status
    j = first - 1
    while j >= 0 and j > first - 5 and _filler(view, j):
        j -= 1  # "brokered a new grain deal between ...": an article and the noun's modifiers
    if j >= 0 and view.lower[j] in _BROKER:
        before = view.lower[j - 1] if j >= 1 else ""
        if before in _TRY or (before == "to" and (j < 2 or view.lower[j - 2] not in _HELP)):
            return "proposed"  # "Qatar is trying to broker a truce between ...", "Egypt will mediate ..."
        return "agreed"
    after = [w for w in view.lower[last:c_last] if w != ","]
    by = next((k for k in range(len(after) - 1) if after[k] in ("brokered", "mediated") and after[k + 1] == "by"), None)
    return "agreed" if by is not None else None


def _filler(view: SentenceView, j: int) -> bool:
    """Can the token at *j* stand between a verb of brokering and its accord noun (an article, a lower-case
    modifier: "a peace", "the fragile"), not a preposition ("talks on a truce") or a verb of brokering?"""
    word = view.lower[j]
    if word in _DETERMINERS:
        return True
    return word.isalpha() and view.tokens[j].text.islower() and word not in PREPOSITIONS and word not in _BROKER \
        and j not in view.actor_at and word not in ("and", "or", "talks", "negotiations")
