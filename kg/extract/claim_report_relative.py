""""The denial followed a France 24 report earlier this week, which said that ...": a relative clause after an outlet's report speaks for the outlet (gold rule
C2: the outlet; C5: a report is second-hand)."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_REPORTS = frozenset("report reports article story investigation study analysis".split())
_OWNERS = frozenset("a an the".split())  # "a France 24 report", not "Kenya's report" (a state's own)
_TIME = frozenset("earlier this last week month year on monday tuesday wednesday thursday friday saturday "
                  "sunday".split())


def report_relative(view: SentenceView, j: int) -> EntityRef | None:
    """At a speech verb *j* after ", which", the outlet whose report the clause follows, or None."""
    if j < 4 or view.lower[j - 1] != "which" or view.lower[j - 2] != ",":
        return None
    k = j - 3
    while k > 0 and view.lower[k] in _TIME:
        k -= 1  # "a France 24 report earlier this week, which said"
    if view.lower[k] not in _REPORTS:
        return None
    mention = view.actor_at.get(k - 1)
    if mention is not None:  # "a Reuters report" when a gazetteer knows the outlet
        return mention.entity if mention.entity.kind == "organisation" else None
    lo = k
    while lo > 0 and k - lo < 4 and (view.tokens[lo - 1].text[:1].isupper() or view.tokens[lo - 1].text.isdigit()):
        lo -= 1  # "a France 24 report": a name may hold a number, and a state's name
    if lo == k or not view.tokens[lo].text[:1].isupper() or lo == 0 or view.lower[lo - 1] not in _OWNERS:
        return None
    sentence = view.sentence
    name = sentence.text[view.tokens[lo].start - sentence.start:view.tokens[k - 1].end - sentence.start]
    return EntityRef("organisation", slug(name), name)
