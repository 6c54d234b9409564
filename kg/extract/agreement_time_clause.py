"""A time clause with a verb of its own after an accord: "Mali signed a defence pact with Russia after its agreement
with France was terminated", "Malawi reached a staff-level agreement with the IMF after its previous programme
lapsed". The clause after "after", "before", "since", "until" or "when" is another event: its verb is no stage of
the accord before it (the pact was signed, not terminated) and its other side is no party of it; an accord named in
it is read in that clause alone. A phrase with no verb ("after months of talks") stays in the clause."""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.view import IRREGULAR_PAST, SentenceView

_OPENERS = frozenset("after before since until when once".split())
_AUXILIARIES = frozenset("was were had has have is are".split())
_PRONOUNS = frozenset("it they he she we".split())
_DETERMINERS = frozenset("a an the its their his her this that these those".split())
_PAST = IRREGULAR_PAST | frozenset("broke froze fell fought shut withdrew".split())
_STOPS = frozenset(", ; : — –".split())


def _finite(view: SentenceView, opener: int, end: int) -> bool:
    """Does the span after the time word at *opener* (up to *end* or a comma) hold a subject and a verb of its own?"""
    if opener + 1 < end and view.lower[opener + 1] in _PRONOUNS:
        return True  # "after it ended a military agreement with the United States"
    for k in range(opener + 2, min(end, opener + 12)):
        word = view.lower[k]
        if word in _STOPS:
            return False
        if not view.tokens[k].text.isalpha() or not view.tokens[k].text.islower() or view.lower[k - 1] in _DETERMINERS:
            continue  # "after the delayed vote": a modifier, no verb
        if word in _AUXILIARIES or word in _PAST or word.endswith("ed"):
            return True
    return False


def before_time_clause(view: SentenceView, last: int, c_last: int, nouns: Collection[int], verbs: Collection[str]) -> int:
    """Where a time clause with its own verb begins after the accord noun ending before *last*, when it names an
    accord of its own (a noun starting at one of *nouns*) or a stage verb (a lemma of *verbs*: "after its previous
    programme lapsed"); *c_last* else ("signed a gas deal after tensions with Israel eased": the partner is named
    there)."""
    at = next((j for j in range(last, c_last - 2) if view.lower[j] in _OPENERS and view.tokens[j].text.islower()
               and _finite(view, j, c_last)), None)
    if at is None or not (any(at < n < c_last for n in nouns) or any(view.lemmas[k] in verbs for k in range(at, c_last))):
        return c_last
    return at


_PAST_OPENERS = frozenset("after before since when".split())  # not "until Israel accepted a ceasefire": none yet


def after_time_word(view: SentenceView, c_first: int, first: int, nouns: Collection[int] = ()) -> int:
    """Where the clause of an accord noun at *first* begins when the noun is inside such a time clause that names
    an actor of its own ("after its agreement with France was terminated"): after the time word; *c_first* else,
    also where the clause already opens with the time phrase (", a day after he had signed a pact")."""
    at = next((j for j in range(first - 1, c_first, -1) if view.lower[j] in _OPENERS
               and view.tokens[j].text.islower() and _finite(view, j, len(view.tokens))), None)
    if at is None or all(view.lower[k] in _SPANS for k in range(c_first, at)):
        return c_first
    told = view.lower[at + 1] in ("the", "this", "that") and first - at <= 3  # "once the treaty is signed": the
    if view.lower[at] not in _PAST_OPENERS and not told:  # accord told before, not the main clause's actors'
        return c_first  # "until Israel accepted a ceasefire": none made
    own = view.actors_in(at + 1, len(view.tokens)) or view.lower[at + 1] in ("its", "their")  # "after its deal ..."
    cut = any(c_first <= n < at for n in nouns)  # the clause of an accord told before it ends at the time word
    return at if own or cut or told else c_first  # not "after a supply contract was signed": whose, the clause before tells


def dated_elsewhere(view: SentenceView, c_last: int) -> int | None:
    """The character offset (in the sentence) where a time clause after the accord's clause begins (", two years
    after talks broke down in 2022", "after its programme lapsed in 2025"): a date from there on is that event's,
    not the accord's; None where no time clause follows."""
    for j in range(c_last, min(c_last + 5, len(view.tokens))):
        if view.lower[j] in _OPENERS and view.tokens[j].text.islower():
            return view.tokens[c_last].start - view.sentence.start
        if j > c_last and view.lower[j] not in _SPANS:
            return None
    return None


_SPANS = frozenset("a an one two three four five six few several just only shortly some hours hour day days week weeks "
                   "month months year years decade decades".split())


def any_in_time_clause(view: SentenceView, c_first: int, first: int) -> bool:
    """Is the accord noun at *first* "any" accord in a time clause that opens its clause ("before it signs any
    bilateral arrangement"): no accord named?"""
    return view.lower[c_first] in _OPENERS and "any" in view.lower[max(c_first, first - 3):first]
