"""Partners named by example: in "finalised a debt deal with its official creditors, including China and
France" the states after "including" are parties of the accord made "with" the group they belong to."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_GROUPS = frozenset("creditors lenders partners neighbours neighbors allies members states countries nations "
                    "governments donors".split())


def included_partner(view: SentenceView, last: int, mention: Mention, governor: str | None) -> bool:
    """*mention* is governed by "including" right after a "with" phrase of a group noun ("with its creditors,
    including China") that follows the agreement noun ending before *last*."""
    if governor != "including" or mention.first <= last:
        return False
    at = next((j for j in range(mention.first - 1, last - 1, -1) if view.lower[j] == "including"), None)
    if at is None:
        return False
    group = at - 1 if view.lower[at - 1] == "," else at
    return group - 1 >= last and view.lower[group - 1] in _GROUPS and "with" in view.lower[last:group - 1] \
        and not any(j in view.actor_at for j in range(last, group))


# the words of a count before the group noun ("Twelve", "More than 40", "About a dozen other", "Several")
_COUNTS = frozenset("several many some other more than about around nearly almost over at least dozens dozen of the a "
                    "number two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty hundred -".split())


def included_signer(view: SentenceView, c_first: int, first: int, mention: Mention, governor: str | None) -> bool:
    """*mention* is governed by "including" after a group noun that opens the clause *c_first*.. before the
    agreement noun at *first* ("Twelve countries, including Japan, Vietnam and Chile, signed the pact"): a
    signer named by example."""
    if governor != "including" or mention.first >= first:
        return False
    at = next((j for j in range(mention.first - 1, c_first - 1, -1) if view.lower[j] == "including"), None)
    if at is None:
        return False
    group = at - 1 if view.lower[at - 1] == "," else at
    return group - 1 >= c_first and view.lower[group - 1] in _GROUPS and all(
        view.lower[j] in _COUNTS or view.lower[j].isdigit() for j in range(c_first, group - 1))
