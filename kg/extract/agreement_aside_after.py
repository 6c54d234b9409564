"""An actor in a relative clause that describes another noun after the accord is no party: in "a memorandum
between Colombo and the Official Creditor Committee, which Tokyo co-chairs" Japan chairs the committee, it
does not sign (a relative clause right after the accord noun itself, "the deal, which Moscow signed in
2014", tells of the accord and is read elsewhere)."""

from __future__ import annotations

from kg.extract.agreement_first_verb import earlier_object
from kg.extract.view import SentenceView
from kg.model import Mention

_RELATIVES = frozenset("which who whom whose".split())


def relative_aside(view: SentenceView, mention: Mention, noun_last: int) -> bool:
    """Is *mention* (after the accord noun ending before *noun_last*) the subject of ", which <X> ..." whose
    comma follows another noun than the accord's?"""
    if earlier_object(view, mention, noun_last - 1):
        return True  # "turned down a Chinese offer ... and instead signed a credit line with India"
    k = mention.first - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    if k < 2 or view.lower[k] not in _RELATIVES or view.lower[k - 1] != ",":
        return False
    return k - 1 > noun_last  # the comma stands after some other word than the accord noun
