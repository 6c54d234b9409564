"""A giver refusing to supply: "Israel refused to transfer the funds", and with a time or adverb between the
refusal and its infinitive, "Germany refused last year to send Taurus missiles to Ukraine", "Berlin declined
again on Friday to supply the missiles". The refusing subject holds back the supply (README A3 "declined");
it is not a getter turning down what "last year" names."""

from __future__ import annotations

from kg.extract.aid_denied_clause import refused_request
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.view import SentenceView

_REFUSING = frozenset("refuse decline reject fail unwilling reluctant".split())
_PERIODS = frozenset("year month week weekend summer winter spring autumn time years months weeks days decades".split())
_TIME_WORDS = MONTH_NAMES | frozenset(w.lower() for w in WEEKDAYS) | frozenset(
    "again also once repeatedly so far twice today yesterday earlier later then this last on in at the for".split())


def stopped_from(view: SentenceView, first: int):
    """The actor mention barred from the supply gerund at *first* ("Switzerland has stopped Spain from
    sending guns to Ukraine", "Washington blocked Israel from selling radars to China"), or None."""
    if first < 3 or view.lower[first - 1] != "from" or not view.lower[first].endswith("ing"):
        return None
    actor = next((m for m in view.actors if m.last == first - 1), None)
    if actor is None or actor.first < 1:
        return None
    actor = view.group_ending(actor)[0]
    verb = actor.first - 1 - (view.lower[actor.first - 1] == "the")
    return actor if verb >= 0 and view.lemmas[verb] in _BARRING else None


_BARRING = frozenset("stop prevent block bar ban keep deter discourage forbid prohibit".split())
_NEGATIONS = frozenset("not n't never".split())


def barred_getter(view: SentenceView, first: int):
    """(the actors barred, where they start) from the receiving gerund at *first* ("blocked Pakistan from buying
    Russian oil": Pakistan would get it), or None."""
    barred = stopped_from(view, first)
    return (tuple(dict.fromkeys(m.entity for m in view.group(barred))), barred.first) if barred is not None else None


def unbarred(view: SentenceView, first: int) -> bool:
    """Is the gerund at *first* what a negated bar leaves open ("had not blocked Pakistan from buying Russian oil",
    "did not stop Spain from sending guns")? It tells no supply, nor a stop of one."""
    barred = stopped_from(view, first)
    if barred is None:
        return False
    verb = barred.first - 1 - (view.lower[barred.first - 1] == "the")
    return bool(_NEGATIONS & set(view.lower[max(0, verb - 3):verb]))


def barred_after(view: SentenceView, verb: int):
    """The actor mention right after the barring verb at *verb* that a supply gerund follows ("stopped Spain
    from sending guns"), or None."""
    if view.lemmas[verb] not in _BARRING:
        return None
    k = verb + 1 + (verb + 1 < len(view.tokens) and view.lower[verb + 1] == "the")
    if k not in view.actor_at:
        return None
    end = view.group(view.actor_at[k])[-1].last
    if end + 1 < len(view.tokens) and view.lower[end] == "from" and view.lower[end + 1].endswith("ing"):
        return view.actor_at[k]
    return None


def refused(view: SentenceView, first: int) -> bool:
    """Is the give verb at *first* the infinitive of a refusal ("refused to transfer", "refused last year to
    send") or a gerund others are barred from ("stopped Spain from sending")?"""
    if stopped_from(view, first) is not None:
        return True
    if (let := let_actor(view, first)) is not None:
        first = let.first - 1  # "refused to let Madrid re-export the guns": the refusal is of the letting
    if "to" in view.lower[max(0, first - 2):first] and (
            any(view.tokens[k].lemma.lower() in _REFUSING for k in range(max(0, first - 3), first))
            or refused_request(view, first)):
        return True
    return first >= 3 and view.lower[first - 1] == "to" and refusal_before_time(view, first - 1) is not None


def refusal_before_time(view: SentenceView, to: int) -> int | None:
    """The refusal verb that a time phrase or adverb separates from the "to" at *to* ("refused last year to",
    "declined again on Friday to"), if any."""
    j = to - 1
    while j > 0 and to - j <= 5 and (view.lower[j] in _TIME_WORDS or view.lower[j] in _PERIODS
                                     or view.lower[j][:1].isdigit() or view.lower[j].endswith("ly")):
        j -= 1
    if j == to - 1 or view.tokens[j].lemma.lower() not in _REFUSING:
        return None
    return j


def let_actor(view: SentenceView, first: int):
    """The actor that "let" lets do the give verb at *first* ("refused to let Madrid send guns": Madrid), if any."""
    first = view.prefix_start(first)  # "let Madrid re-export"
    m = next((m for m in view.actors if m.last == first), None)
    return m if m is not None and m.first > 0 and view.lemmas[m.first - 1] == "let" else None
