"""A report named again: "X said in a report on Tuesday that ... According to the report, ...", "...,
the report said." The report speaks for whoever issued it, the speaker who said it "in a report" (gold
rule C4: a statement running on over sentences is its author's), as "the statement added" is the one
who spoke "in a statement"."""

from __future__ import annotations

from kg.extract.view import SentenceView

REPORT_NOUNS = frozenset("report review study".split())
_OWNERS = frozenset("a an its his her their the new latest annual".split())


def issued_in_report(view: SentenceView) -> bool:
    """Does the sentence say that its statement was made in a report ("said in a report", "wrote in its
    annual report", "in a report released on Tuesday, X said")?"""
    if REPORT_NOUNS.isdisjoint(view.sentence.lower_set) or "in" not in view.sentence.lower_set:
        return False  # (most sentences)
    for k in range(len(view.tokens) - 2):
        if view.lower[k] != "in":
            continue
        j = k + 1
        while j < len(view.tokens) and j - k <= 3 and view.lower[j] in _OWNERS:
            j += 1
        if j > k + 1 and j < len(view.tokens) and view.lower[j] in REPORT_NOUNS:
            return True
    return False
