"""An agreement noun after "no" names an accord that was not made: "no agreement was reached", "there would be
no new transit contract", "talks on a pipeline deal, but no deal was signed" (AG1: no accord told as made).
Its verb tells no stage of another accord named earlier in the clause either: in "held talks on a pipeline deal
but no agreement was reached" the deal is only under talks."""

from __future__ import annotations

from kg.extract.speech_verbs import GERUND
from kg.extract.view import SentenceView

_MODIFIERS = 5  # "no new long-term transit contract": lower-case words (and hyphens) between "no" and the noun


def no_accord(view: SentenceView, first: int) -> int | None:
    """The position of the "no" before the agreement noun at *first* ("no agreement", "no new transit
    contract"), passing over lower-case modifiers; None where there is none."""
    for j in range(first - 1, max(-1, first - 2 - _MODIFIERS), -1):
        word = view.tokens[j].text
        if view.lower[j] == "no":
            return j
        if word != "-" and not (word.isalpha() and word.islower()):
            return None  # "No. 2", a comma, a name: the noun is not what "no" negates
    return None


def before_none(view: SentenceView, last: int, c_last: int, nouns: list[tuple[int, int, str]]) -> int:
    """The end of the clause of the agreement noun ending at *last*: before a later negated noun of *nouns*
    ("... on a pipeline deal but no agreement was reached"), else *c_last*."""
    for first, _, _ in sorted(nouns):
        if last <= first < c_last and (j := no_accord(view, first)) is not None and j >= last:
            end = j - 1 if j - 1 >= last and view.lower[j - 1] in ("but", "and", "yet", ",") else j
            return end
    return c_last


_CANNOT = frozenset("not n't".split())


def could_not(view: SentenceView, c_first: int, c_last: int, verbs: frozenset[str]) -> bool:
    """Does the clause say the accord could not be made ("an agreement could not be reached", "they cannot
    sign a deal", "could not agree on a deal")? *verbs* are the lemmas of signing and agreeing."""
    for j in range(c_first, c_last - 2):
        if view.lemmas[j] != "can" or view.lower[j + 1] not in _CANNOT:
            continue
        k = j + 3 if view.lower[j + 2] == "be" else j + 2
        if k < c_last and view.lemmas[k] in verbs:
            return True
    return False


_NOUN_OPENERS = frozenset(", that and but".split()) | GERUND


def none_signed(view: SentenceView, c_first: int, first: int, verbs: frozenset[str]) -> bool:
    """Is the clause's subject "no <noun>" before a verb of signing or agreeing ("noting that no African country
    with an Atlantic coastline has so far signed a deal with China")? Nobody made the accord."""
    for j in range(c_first, first - 2):
        if view.lower[j] == "no" and (j == c_first or view.lower[j - 1] in _NOUN_OPENERS) \
                and view.tokens[j + 1].text[:1].isalpha() \
                and any(view.lemmas[k] in verbs for k in range(j + 2, first)):
            return True
    return False
