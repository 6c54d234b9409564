"""The terms of an accord told before, in a fronted phrase: "Under one memorandum, the two nuclear operators will cooperate
on maintenance"; "As part of this agreement, the two countries will exchange delegations". What the sentence goes
on to say after the comma is what the accord provides ("will cooperate"), not a stage it has reached (AG2): only the
words of the fronted phrase itself ("Under the agreement signed on Monday,") can tell its stage.
"""

from __future__ import annotations

from kg.extract.view import SentenceView

_OPENERS = (("under",), ("as", "part", "of"), ("in", "line", "with"), ("through",))
_LEADS = frozenset("but and so".split())
_TOLD = frozenset("the this that these those its their one each".split())  # an accord told before, not "a deal"


def fronted_end(view: SentenceView, noun: int) -> int | None:
    """The comma that closes a sentence-initial "Under the ...", "As part of this ..." phrase holding an accord told
    before at *noun* (within eight words after it), or None where the noun is not in such a phrase."""
    start = 1 if view.lower[:1] and view.lower[0] in _LEADS else 0
    opener = next((o for o in _OPENERS if tuple(view.lower[start:start + len(o)]) == o), None)
    if opener is None or noun < start + len(opener) or noun - start > 8:
        return None
    if any(view.lower[j] in (",", ";") for j in range(start, noun)) or view.lower[start + len(opener)] not in _TOLD:
        return None  # "Under a separate arrangement, A and B agreed that ...": a new accord, staged after the comma
    return next((j for j in range(noun + 1, min(noun + 9, len(view.tokens))) if view.lower[j] == ","), None)
