"""Aid whose item stands before the giver, in an object relative clause: "the drones Iran sent to
Russia", "the weapons that Germany delivered to Ukraine", "the oil Venezuela ships to Cuba"."""

from __future__ import annotations

from kg.extract.aid_checks import aid_like
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

_DETERMINERS = frozenset("the a an these those this that its their all some any".split())
_RELATIVES = frozenset("that which".split())
_TIME_WORDS = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS)) | frozenset("week month year spring summer autumn winter".split())


def fronted_item(view: SentenceView, subject_at: int | None, segments: list, getters: tuple = ()) -> list:
    """With nothing given after the verb, the noun phrase just before the giver is the item; an item
    that another actor ordered gives to that actor ("delivered two of the regiments India ordered");
    *getters* named right after the verb get it ("the drones Iran sent Russia last year")."""
    segments = [_ordered_by(view, s, e, r) for s, e, r in segments]
    # "pledged last year to double deliveries to the EU": a time phrase naming no getter is no item
    given = [seg for seg in segments if seg[2] or not (seg[0] < seg[1] and time_only(view, seg[0], seg[1]))]
    if subject_at is not None and not segments:
        segments = [(subject_at, subject_at, getters)]  # "F-16s, which Denmark delivered last year": nothing after the verb
    if subject_at is None or (segments[0][0] < segments[0][1] and not time_only(view, *segments[0][:2])):
        return given
    subject_at -= subject_at > 1 and view.lower[subject_at - 1] == "the" and view.lower[subject_at - 2] in _RELATIVES
    head = subject_at - 1 - (subject_at > 0 and view.lower[subject_at - 1] in _RELATIVES)
    if view.lower[subject_at - 1] == "which" and head > 0 and view.lower[head] == ",":
        head -= 1  # "the interest-free loan, which EU leaders approved in December"
    if head < 0 or head in view.actor_at or not view.lower[head].replace("-", "").isalnum() \
            or view.lower[head] in _DETERMINERS or not view.tokens[head].text[:1].isalnum():
        return given
    start = head
    while start > 0 and head - start < 6 and (start - 1) not in view.actor_at \
            and (view.lower[start - 1].isalnum() or "-" in view.lower[start - 1] or _number(view.lower[start - 1])):
        start -= 1
        if view.lower[start] in _DETERMINERS or _number(view.lower[start]):
            break  # "the drones", "50,000 tonnes that New Delhi pledged"
    if not (view.lower[start] in _DETERMINERS or _number(view.lower[start])):
        start = head  # a bare noun: "pilots fly F-16s, which Denmark delivered"
    if not aid_like(view, start, head + 1):
        return given  # "Last year Iran sent to Russia ...": no noun phrase of goods before the giver
    return [(start, head + 1, segments[0][2]), *segments[1:]]


def _number(word: str) -> bool:
    return word[:1].isdigit() and word.replace(",", "").replace(".", "").isdigit()


_ORDER_VERBS = frozenset("order buy purchase request".split())
_TIME_OPENERS = frozenset("in on last this next early late earlier".split())


def time_only(view: SentenceView, first: int, last: int) -> bool:
    """Is tokens[first:last] a time phrase and nothing else ("in December", "last year", "on Friday")?"""
    words = view.lower[first:last]
    return 1 < len(words) <= 3 and words[0] in _TIME_OPENERS and all(
        w in _TIME_OPENERS or w.isdigit() or w in _TIME_WORDS for w in words[1:])


def _ordered_by(view: SentenceView, first: int, last: int, recipients):
    """The segment with the actor of an object relative of ordering as its recipient, if it has none."""
    if recipients:
        return first, last, recipients
    for m in view.actors:
        if first < m.first < last and m.last < len(view.tokens) and view.lemmas[m.last] in _ORDER_VERBS \
                and view.lower[m.first - 1].isalpha() and view.lower[m.first - 1] not in _DETERMINERS:
            return first, m.first, (m.entity,)
    return first, last, recipients


_GIVER_WORDS = frozenset("it they we".split())
_OWNERS = frozenset("his her its their our".split())
_BODIES = frozenset("country government state nation".split())


def standing_supply(view: SentenceView, frame: Frame, lexicon: AidLexicon) -> Frame | None:
    """"threatened to cut off the electricity supplies his country sends to Ukraine": the supply the
    stopping frame names in a relative clause is going on, a delivered flow of its own (README A3)."""
    if frame.status != "declined" or frame.trigger.frame != "give" or not frame.segments:
        return None
    first, last, recipients = frame.segments[0]
    givers = {lemma for e in lexicon.triggers if e.frame == "give" and e.status == "delivered" and len(e.words) == 1
              for lemma in e.words}
    for j in range(first + 2, last):
        if view.lemmas[j] not in givers or view.lower[j] == view.lemmas[j] or view.lower[j].endswith("ing"):
            continue  # "sends", "sent", "has supplied": a finite verb, not "to send" or "supplying"
        k = j - 1
        k -= k > first and view.lower[k] in ("has", "have", "had")
        own = view.lower[k] in _GIVER_WORDS or (k in view.actor_at and view.actor_at[k].entity in frame.donors) \
            or (view.lower[k] in _BODIES and view.lower[k - 1] in _OWNERS)
        start = k - (view.lower[k] in _BODIES)
        if not own or not aid_like(view, first, start):
            continue  # "the electricity supplies": the noun, not a verb with its giver
        donors = frame.donors
        if not donors and view.lower[k] in _BODIES and 0 in view.actor_at and view.actor_at[0].entity.kind == "state":
            donors = (view.actor_at[0].entity,)  # "Slovak Prime Minister Robert Fico, who ..., ... his country sends"
        if not donors:
            return None
        return Frame(frame.trigger, j, j + 1, donors, [(first, start, recipients)], "delivered",
                     frame.quote_first, frame.quote_last)
    return None


_STAGE_VERBS = {"promise": "pledged", "pledge": "pledged", "offer": "offered", "commit": "pledged"}


def relative_stage(view: SentenceView, first: int, last: int) -> tuple[object, str, int] | None:
    """"received half of the shells the EU promised": an object relative clause inside the span
    *first*..*last* that gives the item an earlier stage; (giver mention, status, its verb) or None."""
    for m in view.actors:
        if not first < m.first < last or m.last >= len(view.tokens):
            continue
        before = m.first - 1 - (view.lower[m.first - 1] == "the")
        status = _STAGE_VERBS.get(view.lemmas[m.last])
        if status and before >= first and view.lower[before].isalpha() and view.tokens[before].text[:1].islower() \
                and view.lower[before] not in _DETERMINERS:
            return m, status, m.last
    return None
