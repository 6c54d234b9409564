"""Money a decision lets be paid: "The decision allows about $2.7 billion to be paid out to Kyiv immediately",
"the approval enables a further $300 million to be disbursed", "clears the way for $1 billion to be released".
The decision clears the payment (README A3 "approved", cleared, like "can be paid out"); it does not promise it
("is to be paid", pledged) nor say it was paid."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

_LETTING = frozenset("allow allows allowed allowing enable enables enabled enabling permit permits permitted "
                     "permitting".split())
_WAY = (("the", "way", "for"),)  # "clears the way for", "paves the way for", "opens the way for"


def cleared_payouts(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a passive "to be <given>" under "allows"/"enables"/"the way for" read as approved."""
    return [replace(f, status="approved") if f.status in ("pledged", "delivered") and _let_be_given(view, f.first)
            else f for f in frames]


def _let_be_given(view: SentenceView, verb: int) -> bool:
    """Is the verb at *verb* the participle of "to be <verb>ed" whose subject a letting verb governs ("allows
    $2.7 billion to be paid")? The sum between may be a few words; a clause end between stops the search."""
    words = view.lower
    if verb < 3 or words[verb - 2:verb] != ("to", "be"):
        return False
    for j in range(verb - 3, max(-1, verb - 12), -1):
        if words[j] in CLAUSE_END or words[j] in (",", ";", "."):
            return False
        if words[j] in _LETTING or any(words[j - 2:j + 1] == way for way in _WAY):
            return True
    return False
