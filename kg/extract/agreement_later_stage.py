"""An accord told with the stage it was made at and a later one: "A security agreement signed in 2022 was later
abandoned", "The defence pact Mali signed with France in 2014 was cancelled last year", "Niger's accord with
France, signed in 2013, was revoked in March". The participle after the noun is one stage (signed in 2022) and
the main verb another (declined), each a record of its own (AG3) and each dated by its own words: the year of
the signing is not the day of the cancellation. The same holds for a stage told in a relative clause after a
main verb ("pulled out of the grain deal, which Russia and Ukraine signed in July 2022"): the signing's date
is not the withdrawal's.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from kg.extract.event_dates import sentence_dates
from kg.extract.event_rules import rules as _rules
from kg.extract.view import BE_FORMS, SentenceView

_MADE = frozenset("sign conclude ink seal strike clinch ratify agree reach initial initialled initialed".split())
# what may stand between the participle phrase and the main verb: "was later abandoned", "has since been
# suspended", "had been quietly shelved"
_AUX = BE_FORMS | frozenset("has have had later since then subsequently eventually quietly formally finally "
                            "officially effectively also".split())
# a main verb with no auxiliary follows the participle's phrase only where that phrase ends in a date, a name or
# a comma: "An accord signed by Ghana and Togo in 2020 expired in January"
# what follows the participle of a reduced relative clause: its date, agent, partner or place
_AFTER_PARTICIPLE = frozenset("in on by with last earlier between at during , this".split())
_BREAKS = frozenset(('; : which that who and but while whereas "' + " “ ”").split())
_NOT_BEFORE_MAIN = frozenset("to a an the by and or of with for which that who".split())


@lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(every stage's verbs, the declined ones) from the rule file."""
    rules = _rules()["agreement"]
    every = frozenset(w for status in ("signed", "agreed", "proposed", "declined") for w in rules[status])
    return every, frozenset(rules["declined"])


def participle_after(view: SentenceView, noun: int, end: int) -> int | None:
    """Where the participle of a reduced relative clause after the noun ending at *noun* is ("signed in 2022",
    "with France, signed in 2013,", "Mali signed with France", "for 12 jets, signed by Egypt"), else None: it
    follows within eight words that hold no verb of a stage, no relative pronoun and no clause break."""
    statuses, _ = _verbs()
    for j in range(noun + 1, min(end, noun + 9)):
        word = view.lower[j]
        if word in (";", ":", "which", "that", "who", "—", "–", "(") or word in BE_FORMS:
            return None
        if view.lemmas[j] in _MADE and word.endswith(("ed", "struck")):
            before = view.lower[j - 1]
            after = view.lower[j + 1] if j + 1 < end else "."
            if after not in _AFTER_PARTICIPLE and not after[:1].isdigit():
                return None  # "with the memorandum signed and the government willing": no relative clause
            return j if j == noun + 1 or before == "," or j - 1 in view.actor_at \
                or view.tokens[j - 1].text[:1].isupper() else None
        if view.lemmas[j] in statuses:
            return None
    return None


def _name(view: SentenceView, k: int) -> bool:
    return k in view.actor_at or view.tokens[k].text[:1].isupper()


def main_after(view: SentenceView, verb: int, end: int) -> int | None:
    """Where a later main verb of a stage follows the participle or relative verb at *verb* within the clause
    ending before *end* ("signed in 2022 was later abandoned", "signed by Ghana and Togo in 2020 expired"), else
    None."""
    statuses, declined = _verbs()
    for k in range(verb + 1, min(end, verb + 16)):
        if view.lower[k] == "and" and _name(view, k - 1) and k + 1 < end and _name(view, k + 1):
            continue  # "signed by Ghana and Togo in 2020 expired"
        if view.lower[k] in _BREAKS:
            return None  # "with the memorandum signed and the government willing to ...": another clause
        if view.lemmas[k] not in statuses:
            continue
        if not view.lower[k].endswith("ed"):
            return None  # "signed ... to swiftly conclude": the verb after is no later stage of this accord
        before = view.lower[k - 1]
        if before in _AUX and any(view.lower[a] in BE_FORMS or view.lower[a] in ("has", "have", "had")
                                  for a in range(max(verb + 1, k - 3), k)):
            return k  # "was later abandoned", "has been suspended"
        if before not in _NOT_BEFORE_MAIN and before not in BE_FORMS and view.lemmas[k] in declined:
            return k  # "signed in 2020 expired in January", "signed in 2013, collapsed"
        return None
    return None


_GROUP = BE_FORMS | frozenset("has have had yet to not n't never still".split())


def verb_group(view: SentenceView, made_at: int, verb: int) -> int:
    """Where the verb group of the main verb at *verb* begins, after the participle at *made_at*: "has yet to be
    signed", "has not yet been signed" (its auxiliaries tell whether the stage is still to come)."""
    k = verb
    while k - 1 > made_at and view.lower[k - 1] in _GROUP:
        k -= 1
    return k


def stage_dates(view: SentenceView, today: date | None, *, main: tuple[int, int], made: tuple[int, int]
                ) -> tuple[str | None, str | None]:
    """(date of the main stage, date of the stage made) from the dates inside each one's token span (the first
    in each); None for a span with no date."""
    dates = sentence_dates(view.sentence, today)

    def first_in(span: tuple[int, int]) -> str | None:
        if span[0] >= span[1]:
            return None
        lo = view.tokens[span[0]].start - view.sentence.start
        hi = view.tokens[span[1] - 1].end - view.sentence.start
        return next((v for o, v in dates if lo <= o < hi), None)

    return first_in(main), first_in(made)



_UNSURE = frozenset("not n't never no will would could may might must should if unless under want wants wanted "
                    "threaten threatens threatened urge urges urged call calls called demand demands".split())
# verbs that end an accord whose noun is their object or passive subject ("suspended the deal", "withdrew from
# it", "the pact was later scrapped"); not "halted", "paused", "stalled" (shipments or talks, not the accord)
_ENDED = frozenset("reject abandon scrap withdraw suspend quit cancel terminate annul revoke exit tear pull walk "
                   "renege nullify".split())


def new_stage(view: SentenceView, c_first: int, first: int, last: int, c_last: int, status: str | None) -> bool:
    """Does the clause [*c_first*, *c_last*) tell the accord [*first*, *last*) named before at a new stage (AG3)
    even with no date of its own? Its signing ("The pact was signed"), or its end told plainly by a verb of ending
    next to its noun ("Ukraine later suspended the deal", "the deal was later cancelled"), not one denied or
    supposed ("will not enter into force", "could scrap it")."""
    if status == "signed":
        return True
    if status != "declined" or _UNSURE & set(view.lower[c_first:c_last]):
        return False
    near = [*range(max(c_first, first - 5), first), *range(last, min(c_last, last + 4))]
    return any(view.lemmas[j] in _ENDED and (j == 0 or view.lower[j - 1] != "to") for j in near)  # not "want to scrap"
