"""Travel words that tell a visit only with a traveller or a verb that holds: "Tajani is expected in Beijing"
(a person expected), not "rain is expected in Beijing" or "a decision is expected in Washington"; "a trip to
Israel was not planned" or "the visit is not on the agenda" tells no visit (M1: held or scheduled)."""

from __future__ import annotations

from kg.extract.view import BE_FORMS, SentenceView

_SKIP = frozenset("also now still again".split())
_VERB_WORDS = BE_FORMS | frozenset("has have had will would could may might".split())
_NEGATIONS = frozenset("not n't never".split())
_STOPS = frozenset(", ; : — and but while".split())
_VISIT_NOUNS = frozenset("trip trips visit visits tour journey".split())


def expected_traveller(view: SentenceView, first: int) -> bool:
    """"expected in" at *first* follows a person (or "he"/"she"; an appositive name and its comma) and a form of
    "be": a traveller is expected."""
    j = first - 1
    while j >= 0 and view.lower[j] in _SKIP:
        j -= 1
    if j < 1 or view.lower[j] not in BE_FORMS:
        return False
    k = j - 1
    if view.lower[k] == "who" and k > 1 and view.lower[k - 1] == ",":
        k -= 1  # "Tajani, who is expected in Beijing later this month, said": the person the aside is about
    if view.lower[k] == "," and k > 0:
        k -= 1  # "Turkey's energy minister, Alparslan Bayraktar, is expected in Baghdad": an appositive name
    return view.lower[k] in ("he", "she") or any(
        m.entity.kind == "person" and m.last - 1 == k for m in view.actors)


def visit_denied(view: SentenceView, last: int) -> bool:
    """A visit noun ending before *last* is the subject of a negated verb: "a trip to Israel was not planned",
    "the visit is not on the agenda"."""
    if view.lower[last - 1] not in _VISIT_NOUNS and not any(view.lower[j] in _VISIT_NOUNS
                                                           for j in range(max(0, last - 2), last)):
        return False
    for j in range(last, min(len(view.tokens) - 1, last + 7)):
        if view.lower[j] in _STOPS:
            return False
        if view.lower[j] in _VERB_WORDS:
            return view.lower[j + 1] in _NEGATIONS
    return False
