"""Announcing an accord is reaching it (AG2 `agreed`): "Canada and Mexico announced a critical minerals
partnership", "the two governments unveiled a $2 billion deal". Only where the accord is what is announced:
"announced plans to negotiate a deal", "announced that talks on a pact would resume" tell another stage."""

from __future__ import annotations

from kg.extract.view import SentenceView

_VERBS = frozenset("announce unveil".split())
# words between the verb and the accord noun that make the accord no longer the thing announced
_OTHER = frozenset("to that plan plans intention intentions talks negotiations bid hopes readiness interest "
                   "review end collapse suspension withdrawal cancellation , ; . : whether".split())


def may_announce(view: SentenceView) -> bool:
    """Does the sentence hold a verb of announcing? Without one :func:`announced` is false at every word."""
    return not _VERBS.isdisjoint(view.sentence.cue_set)


def announced(view: SentenceView, j: int, noun: int | None) -> bool:
    """Is the verb at *j* "announced"/"unveiled" with the accord noun ending at *noun* as its object? Not
    when negated: "The two leaders did not announce any new arms deal" tells no accord (AG1), not one turned
    down."""
    if view.lemmas[j] not in _VERBS or noun is None or not 0 < noun - j <= 7:
        return False
    if any(view.lower[k] in ("not", "n't", "never") for k in range(max(0, j - 3), j)):
        return False
    return not any(view.lower[k] in _OTHER for k in range(j + 1, noun))
