"""A denial whose object is a bare pronoun: "Yerevan denied this.", "Moscow denies it.", "Kyiv has
rejected that, saying ...". The pronoun stands for what was said before (gold rule C1: a denial is a
claim; C3: it is about what the denied statement was about), as "Beijing rejected the accusation." is."""

from __future__ import annotations

from kg.extract.view import SentenceView

_PRONOUNS = frozenset("this it that".split())
_CLAUSE_ENDS = frozenset(", . ; :".split())
_SETTING = frozenset("on in at during after late earlier later again repeatedly outright strongly".split())


def pronoun_object(view: SentenceView, verb: int) -> tuple[int, int] | None:
    """The span of a bare pronoun object of the denial verb at *verb* that ends its clause (or is followed
    only by a setting, "denied this on Friday"), or None ("denied it had sent troops" has a clause)."""
    k = verb + 1
    if k >= len(view.tokens) or view.lower[k] not in _PRONOUNS:
        return None
    after = view.lower[k + 1] if k + 1 < len(view.tokens) else "."
    if after not in _CLAUSE_ENDS and after not in _SETTING:
        return None
    return k, k + 1


def denied_pronoun(view: SentenceView, first: int, last: int) -> bool:
    """Does the claim span *first*..*last* open with the bare pronoun of a denial ("denied this", "denied
    this, saying ...")?"""
    return first > 0 and last > first and pronoun_object(view, first - 1) == (first, first + 1)


def which_denied(view: SentenceView, verb: int, speaker_at: int) -> tuple[int, int] | None:
    """", which Tehran denies" closing the sentence after what it denies: the span of the clause before the
    comma (gold rule C1: the denial is a claim of its own, about what was alleged and by whom), or None."""
    k = speaker_at - 1
    if k < 2 or view.lower[k] != "which" or view.lower[k - 1] != ",":
        return None
    if any(view.lower[x] not in _SETTING and view.lower[x] not in (".", "so") for x in range(verb + 1, len(view.tokens))):
        return None  # "..., which Tehran denies sending": the denial has an object of its own
    start = max((x + 1 for x in range(k - 1) if view.lower[x] in (";", ":")), default=0)
    return (start, k - 1) if k - 1 - start >= 3 else None
