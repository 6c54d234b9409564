"""Who condemns, criticises or welcomes an accord reacts to it and is no party: in "South Korea and Japan
have condemned the treaty" the treaty is the one told earlier (Russia's with North Korea), not a new one
between the critics; "Greece welcomed the accord between Egypt and Cyprus" is Egypt's with Cyprus."""

from __future__ import annotations

from kg.extract.view import SentenceView

_REACTING = frozenset("condemn criticise criticize denounce slam decry welcome hail praise applaud "
                      "oppose deplore".split())
_DETERMINERS = frozenset("the this that these those".split())


def reaction_end(view: SentenceView, c_first: int, noun: int) -> int:
    """Where the object of a verb of reacting begins, when the agreement noun at *noun* is that definite object
    ("have condemned the treaty", "welcomed the new deal"); actors before it are no parties. *c_first* else."""
    for j in range(noun - 1, max(c_first, noun - 4) - 1, -1):
        if view.lower[j] in _DETERMINERS:
            return j if j > c_first and view.lemmas[j - 1] in _REACTING else c_first
    return c_first


# ", angering Somalia", ", prompting protests from Beijing": what follows is how others took the accord;
# ", clearing the way for an IMF disbursement", ", ending a dispute with Chile": what it led to
_STIRRING = frozenset("angering infuriating irking upsetting alarming provoking prompting sparking triggering "
                      "drawing dismaying enraging antagonising antagonizing clearing paving unlocking ending".split())


_STIRRED = frozenset("angered infuriated irked upset alarmed provoked prompted sparked triggered drew dismayed "
                     "enraged antagonised antagonized".split())  # "a pact that angered Turkey"


def before_stirred(view: SentenceView, last: int, c_last: int) -> int:
    """Where a participle or relative clause of reaction after the agreement noun ending before *last* begins
    ("signed a memorandum with Somaliland in January, angering Somalia", "a pact that angered Turkey": Somalia
    and Turkey are no party); *c_last* else."""
    return next((j for j in range(last, c_last - 1)
                 if view.lower[j] == "," and view.lower[j + 1] in _STIRRING
                 or view.lower[j] in ("that", "which") and view.lower[j + 1] in _STIRRED), c_last)
