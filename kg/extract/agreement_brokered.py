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
    if status is not None or not (between_pair(view, last, c_last) or _between_pair_words(view, last, c_last)):
        return status
    j = _broker_at(view, first)
    if j >= 0 and view.lower[j] in _BROKER:
        before = view.lower[j - 1] if j >= 1 else ""
        if before in _TRY or (before == "to" and (j < 2 or view.lower[j - 2] not in _HELP)):
            return "proposed"  # "Qatar is trying to broker a truce between ...", "Egypt will mediate ..."
        return "agreed"
    after = [w for w in view.lower[last:c_last] if w != ","]
    by = next((k for k in range(len(after) - 1) if after[k] in ("brokered", "mediated") and after[k + 1] == "by"), None)
    return "agreed" if by is not None else None


def _broker_at(view: SentenceView, first: int) -> int:
    """The token before the accord noun at *first* past its article and modifiers ("brokered a new grain deal")."""
    j = first - 1
    while j >= 0 and j > first - 7 and _filler(view, j):
        j -= 1
    return j


def _between_pair_words(view: SentenceView, last: int, c_last: int) -> bool:
    """Does "between the two ...", "between both ..." or "between them" follow the accord noun ending before *last*?"""
    words = view.lower[last:min(c_last, last + 3)]
    return words[:1] == ("between",) and (words[1:2] in (("them",), ("both",)) or words[1:3] == ("the", "two"))


def broker_sides(view: SentenceView, c_first: int, first: int, last: int, c_last: int, parties: tuple) -> tuple:
    """*parties* without the go-between where it brokered the accord [*first*, *last*) "between the two countries"
    told before ("Washington brokered a framework deal between the two neighbours"): the pair are the sides, the
    broker no party (AG1); *parties* unchanged elsewhere."""
    j = _broker_at(view, first)
    if j < 0 or view.lower[j] not in _BROKER or not _between_pair_words(view, last, c_last):
        return parties
    brokers = {m.entity for m in view.actors_in(c_first, j)}
    sides = tuple(p for p in parties if p not in brokers)
    return sides if len(sides) >= 2 else parties


def _filler(view: SentenceView, j: int) -> bool:
    """Can the token at *j* stand between a verb of brokering and its accord noun (an article, a lower-case
    modifier: "a peace", "the fragile"), not a preposition ("talks on a truce") or a verb of brokering?"""
    word = view.lower[j]
    if word in _DETERMINERS or word == "-":
        return True  # "a water-sharing deal"
    return word.isalpha() and view.tokens[j].text.islower() and word not in PREPOSITIONS and word not in _BROKER \
        and j not in view.actor_at and word not in ("and", "or", "talks", "negotiations")
