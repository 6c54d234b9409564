"""The stage a participle before the accord noun tells where the clause's own verb is about something else:
"Iraq will supply Lebanon with fuel oil under a renewed agreement" (agreed: the accord was renewed),
"under a newly signed pact" (signed). Used where the verb before "under" tells what is done under the
accord, not its stage (:func:`kg.extract.agreement_terms.under`)."""

from __future__ import annotations

from kg.extract.event_rules import rules as event_rules
from kg.extract.view import SentenceView

_ADVERBS = frozenset("newly recently jointly already just freshly".split())


def premodified_stage(view: SentenceView, first: int) -> str | None:
    """"a renewed agreement", "the newly signed pact": the status of a participle right before the noun at
    *first* (over one adverb and one modifier), else None."""
    rules = event_rules()["agreement"]
    for k in range(first - 1, max(-1, first - 4), -1):
        word = view.lower[k]
        if word in ("a", "an", "the", "its", "their", ",") or not view.tokens[k].text.islower():
            return None
        if word.endswith("ed") and word not in _ADVERBS:
            lemma = view.lemmas[k]
            return next((status for status in ("signed", "agreed", "declined") if lemma in rules[status]), None)
    return None
