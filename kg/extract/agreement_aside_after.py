"""An actor in a relative clause that describes another noun after the accord is no party: in "a memorandum
between Colombo and the Official Creditor Committee, which Tokyo co-chairs" Japan chairs the committee, it
does not sign (a relative clause right after the accord noun itself, "the deal, which Moscow signed in
2014", tells of the accord and is read elsewhere)."""

from __future__ import annotations

from kg.extract.agreement_first_verb import earlier_object
from kg.extract.agreement_status import status_verbs
from kg.extract.view import SentenceView
from kg.model import Mention

_RELATIVES = frozenset("which who whom whose".split())


def relative_aside(view: SentenceView, mention: Mention, noun_last: int) -> bool:
    """Is *mention* (after the accord noun ending before *noun_last*) inside ", which <X> ..." or ", who
    later flew to <X>", whose comma follows another noun than the accord's?"""
    if earlier_object(view, mention, noun_last - 1):
        return True  # "turned down a Chinese offer ... and instead signed a credit line with India"
    k = mention.first - 1
    while k >= max(2, mention.first - 12) and view.lower[k] not in _RELATIVES and view.lower[k] not in _STOPS:
        k -= 1  # "with France, which has also armed Cyprus": anywhere in the relative clause
    if k < 2 or view.lower[k] not in _RELATIVES or view.lower[k - 1] != ",":
        return False
    end = next((j for j in range(mention.last, len(view.tokens)) if view.lower[j] in _STOPS), len(view.tokens))
    if status_verbs() & {*view.lemmas[k + 1:end], *view.lower[k + 1:end]}:
        return False  # "the first such agreement, which Ukraine signed with the United Kingdom": it tells an accord
    return k - 1 > noun_last  # the comma stands after some other word than the accord noun


_STOPS = frozenset(", ; : — – ( ) \" “ ”".split())
