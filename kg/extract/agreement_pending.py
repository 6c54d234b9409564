"""Accords not made yet although a verb of making stands beside them (AG2 proposed): "has yet to sign the
trade deal", "is yet to be signed"; "agreed to explore a free trade agreement", "agreed to negotiate a
pact" (what was agreed is to work towards the accord); "If Iran and the United States reach a deal"
(a condition opening the sentence)."""

from __future__ import annotations

from functools import lru_cache

from kg.extract.event_rules import rules as event_rules
from kg.extract.view import SentenceView


@lru_cache(maxsize=1)
def _towards() -> frozenset[str]:
    """Verbs of working towards an accord ("explore", "negotiate", "consider"): the `proposed` verbs of the rule
    file, without the modal and the nouns."""
    return frozenset(w for w in event_rules()["agreement"]["proposed"] if w not in ("will", "negotiation", "negotiations"))


_OPEN = frozenset("launch start open begin resume enter".split())
_TALKS = frozenset("talks negotiations discussions".split())


def pending_stage(view: SentenceView, first: int, at: int, status: str) -> bool:
    """Is the verb of *status* ("signed" or "agreed") at token *at* (the span starting at *first*) a stage
    still to come: "yet to" before it, "agreed to" + a verb of working towards after it, or a sentence
    opened by "If"/"Unless" before it?"""
    if status not in ("signed", "agreed"):
        return False
    lower = view.lower
    if any(lower[j] == "yet" and lower[j + 1] == "to" for j in range(max(first, at - 4), at)):
        return True  # "has yet to sign", "is yet to be signed"
    if view.lemmas[at] == "agree" and at + 2 < len(lower) and lower[at + 1] == "to" \
            and view.lemmas[at + 2] in _towards():
        return True  # "agreed to explore a free trade agreement"
    if view.lemmas[at] == "agree" and at + 2 < len(lower) and lower[at + 1] == "to" \
            and view.lemmas[at + 2] in _OPEN and any(w in _TALKS for w in lower[at + 3:at + 6]):
        return True  # "agreed to launch talks on a civil nuclear partnership": the talks are agreed, not the accord
    if any(lower[j] in ("if", "unless") and "," not in lower[j:at] for j in range(max(0, at - 4), at)):
        return True  # "won't be around very long unless he agreed to a ceasefire with Russia"
    return lower[0] in ("if", "unless") and 0 < at and not any(lower[j] == "," for j in range(0, at))


def condition_end(view: SentenceView, last: int, c_last: int) -> int:
    """Where a condition that opens the sentence ends ("If Serbia and Kosovo reach a deal this week, the EU would
    release funds"): at its first comma after the noun ending before *last*; the main clause's actors are no
    parties. *c_last* when the sentence opens with no condition."""
    if view.lower[0] not in ("if", "unless"):
        return c_last
    return next((j for j in range(last, c_last) if view.lower[j] == ","), c_last)


def conditional(view: SentenceView, first: int) -> bool:
    """"even if a deal were struck at once", "if an agreement is reached": an accord supposed, not told, just
    before the noun at *first* (over its determiner and up to two modifiers)."""
    return any(view.lower[j] in ("if", "unless") for j in range(max(0, first - 4), first))
