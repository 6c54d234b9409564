"""Clause spans for agreement and meeting triggers: where one event's clause begins and ends in a sentence.

A clause ends at a semicolon, at a comma before a conjunction that starts a new clause (", and Xi paid a
visit"), before a relative clause that is another event (", at which", ", where"), before a reaction
appositive (", a move that alarmed ...") and before a clause dated by another event (", a day after ...").
"""

from __future__ import annotations

from kg.extract.view import SentenceView

_CONCESSIVE = ("although", "though")
_CONJUNCTIONS = ("and", "but", "yet", "while", "whereas", *_CONCESSIVE)
_CLOSING_QUOTES = ('"', "”", "'", "’")
_SEQUENCE = frozenset("later then afterwards subsequently".split())
_REACTIONS = frozenset("move step decision development blow signal sign response rebuke".split())
_MARKS = frozenset((";", ",", "and", *_CLOSING_QUOTES))  # every boundary _boundary finds is one of these


def _boundary(view: SentenceView, j: int) -> bool:
    """A clause boundary: a semicolon, or a comma before a conjunction (", and", ", while")."""
    if view.lower[j] == ";":
        return True
    if view.lower[j] == "," and j + 2 < len(view.tokens) and (
            view.lower[j + 1] == "where" or (view.lower[j + 1] in ("at", "during", "in") and view.lower[j + 2] == "which")):
        return True  # "talks in Moscow, at which Lavrov said ...": a relative clause is another event
    if view.lower[j] == "," and j + 2 < len(view.tokens) and view.lower[j + 1] in ("a", "an", "the", "in") \
            and _reaction_at(view, j + 2):
        return True  # "signed a pact, a move that alarmed Australia", ", the latest step in ...": another clause
    if view.lower[j] == "," and _time_clause(view, j + 1):
        return True  # "signed a declaration in Hanoi, a day after he had signed a pact in Pyongyang": another event
    if view.lower[j] in _CLOSING_QUOTES and 0 < j < len(view.tokens) - 1 and view.lower[j - 1] == "," \
            and view.lower[j + 1] in _CONCESSIVE:
        return True  # 'described them as "baseless," although the two countries ...': another clause
    if view.lower[j] == "and" and j + 2 < len(view.tokens) and view.lower[j + 1] in _SEQUENCE \
            and view.tokens[j + 2].text.islower() and view.lower[j + 2].endswith("ed"):
        return True  # "was greeted by Wong and later called on Mostyn": the subject's next act, another event
    if view.lower[j] != "," or j + 2 >= len(view.tokens) or view.lower[j + 1] not in _CONJUNCTIONS:
        return False
    k = j + 2 if view.lower[j + 2] != "the" else j + 3
    while k < len(view.tokens) and k not in view.actor_at and k - j <= 4 and view.tokens[k].text[:1].isupper():
        k += 1  # ", and Finance Minister Mehmet Simsek": a title before the next name of the list
    # ", and Iran" continues a list of actors ("China, Russia, and Iran"), but not after a word that ends no
    # actor: "... in Beijing last month, and Xi paid a visit to Riyadh" is another clause; so is ", and Uruguay
    # is pushing ..." after "ties with Beijing": a list with a comma before "and" has a comma before each name
    return k not in view.actor_at or not any(m.last == j and _listed(view, m.first) for m in view.actors)


def _listed(view: SentenceView, first: int) -> bool:
    """Does the actor starting at *first* follow a comma of a list ("China, Russia, and Iran")?"""
    i = first - 1 if first > 0 and view.lower[first - 1] == "the" else first
    return i > 0 and view.lower[i - 1] == ","


def _reaction_at(view: SentenceView, k: int) -> bool:
    """A reaction noun at *k*, or after one or two lower-case modifiers ("latest step", "major new blow")."""
    for j in range(k, min(k + 3, len(view.tokens))):
        if view.lower[j] in _REACTIONS:
            return True
        if not view.tokens[j].text.isalpha() or not view.tokens[j].text.islower():
            return False
    return False


_SPANS = frozenset("a an one two three four few several just only shortly some hours hour day days week weeks month "
                   "months year years".split())


def _time_clause(view: SentenceView, k: int) -> bool:
    """", a day after ...", ", weeks before ...", ", shortly after ...": a clause dated by another event."""
    for j in range(k, min(k + 4, len(view.tokens) - 1)):
        if view.lower[j] in ("after", "before"):
            return j > k and view.lower[j - 1] not in ("a", "an", "one", "two", "three", "four", "few", "several", "just")
        if view.lower[j] not in _SPANS:
            return False
    return False


def clause(view: SentenceView, index: int) -> tuple[int, int]:
    """Token span of the clause around *index*."""
    first, last, lower = 0, len(view.tokens), view.lower
    # only a mark can be a boundary: the words between are passed over without a call
    for j in range(index - 1, -1, -1):
        if lower[j] in _MARKS and _boundary(view, j):
            first = j + 1
            break
    for j in range(index, len(view.tokens)):
        if lower[j] in _MARKS and _boundary(view, j):
            last = j
            break
    return first, last


def before_time_clause(view: SentenceView) -> list:
    """The sentence's actors before a clause dated by another event, and not the first half of a compound
    modifier: in "approved the purchase on Oct. 3, four days before the Hamas-led attack on southern Israel"
    Hamas and Israel tell the date, and in "looking at the US-made Javelin" the US makes a weapon; none acts;
    nor do the actors of a relative aside, or of what follows an attribution (", officials said, as ...")."""
    cut = next((j for j in range(len(view.tokens)) if view.lower[j] == "," and _time_clause(view, j + 1)),
               len(view.tokens))
    from kg.extract.agreement_asides import asides  # "Germany, which had hoped to sell tanks to Warsaw, said ...":
    from kg.extract.agreement_spans import before_attribution
    spans = asides(view, 0, len(view.tokens))  # Poland, in the aside, does not act with Germany
    cut = min(cut, before_attribution(view, 0, len(view.tokens)))  # "..., officials said, as talks with the IMF ..."
    return [m for m in view.actors if m.first < cut and not any(a <= m.first < b for a, b in spans) and not (
        m.last + 1 < len(view.tokens) and view.lower[m.last] == "-" and view.tokens[m.last + 1].text.islower())]

