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
