"""A request for aid: "Tanzania has asked India for 20 ambulances", "Kyiv appealed to Berlin for tanks", "The
government has asked the Fund for a further $1 billion". The asked party would give and the askers would get;
nothing has been given yet (README A3: unspecified, a request not yet answered)."""

from __future__ import annotations

from kg.extract.aid_government import own_government
from kg.extract.aid_quoted import quoted_we
from kg.extract.aid_nouns import PERIODS, WEEKDAYS_AND_MONTHS, Context, Frame
from kg.extract.aid_slots import ITEM_STOP
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_COUNT_WORDS = frozenset("dozen dozens hundreds thousands".split())
_TIME_SPANS = frozenset("minute minutes hour hours day days week weeks month months year years".split())
_ASK_ENTRY = Entry(("ask",), "receive", "unspecified")


def _past_time(view: SentenceView, at: int) -> int:
    """The token after a short time phrase starting at *at* ("in June", "on Monday", "last week"), else *at*."""
    if at + 1 < len(view.tokens) and view.lower[at] in ("in", "on", "last", "this", "earlier") and (
            view.lower[at + 1] in WEEKDAYS_AND_MONTHS or view.lower[at + 1] in PERIODS
            or view.lower[at + 1][:1].isdigit()):
        return at + 2
    return at


ASK_LEMMAS = frozenset("ask request appeal turn look press lobby push approach apply petition beg".split())  # "pressing Washington for"
_TO_ASKED = frozenset("appeal turn apply look".split())  # "appealed to Berlin for", "is looking to India for"
_NOT_ASKED_GOODS = frozenset("permission approval consent decision clarity explanation details information talks "
                             "meeting comment clarification guarantees assurances".split())


def ask_frame(view: SentenceView, at: int, context: Context, askers: tuple = ()) -> Frame | None:
    """"Tanzania has asked India for 20 ambulances", "Kyiv appealed to Berlin for tanks": the asked
    party would give, the subject (or the *askers* given) would receive; nothing has been given yet."""
    k = at + 1
    if view.lemmas[at] in _TO_ASKED and k < len(view.tokens) and view.lower[k] == "to":
        k += 1
    elif view.lemmas[at] == "look":
        return None  # ("look for" is a trigger of its own; "looked at", "looks set to" ask nothing)
    k += k < len(view.tokens) and view.lower[k] == "the"
    if k not in view.actor_at:
        return None
    group = view.group(view.actor_at[k])
    end = _past_time(view, group[-1].last)  # "asked the AfDB in June for $500 million"
    if end >= len(view.tokens) or view.lower[end] != "for":
        return None
    askers, subject_at = (askers, None) if askers else view.subject(at)
    if askers and subject_at is not None and subject_at > 0 and view.lower[subject_at - 1].endswith("ed") \
            and view.tokens[subject_at - 1].text.islower():
        askers, subject_at = view.subject(subject_at - 1)  # "The junta expelled French troops and turned to Moscow
        # for weapons": the object of the first verb is no subject of the second
    if askers and subject_at is not None and view.lower[at].endswith("ing") and _object_before(view, subject_at):
        return None  # "breaking with the former colonial power France and turning to Moscow": France is no subject
    if not askers:
        askers, subject_at = quoted_we(view, at)  # '"We have asked Japan for help," the Philippine president said'
    askers = askers or ()
    if not askers and subject_at is None:
        if not {"his", "her"}.isdisjoint(view.lower[max(0, at - 4):at]):
            speaker = view.tied_person_before(at)  # "Sovaleni said his government had asked New Zealand for help":
            askers = (view.person_state_at[speaker],) if speaker is not None else ()  # the speaker's state
        elif view.pronoun_subject(at) and len(context.subject) == 1:
            askers = context.subject  # "Bolivia is short of fuel. It has asked Russia for diesel"
    if not askers and subject_at is None:
        askers = tuple(a for a in own_government(view, at, context)  # "The government has asked the Fund for a
                       if all(a != m.entity for m in group))  # further $1 billion" (never a party asked)
    donors = unique(m.entity for m in group if m.entity not in askers)
    stop = end + 1
    while stop < len(view.tokens) and view.lower[stop] not in ITEM_STOP and view.lower[stop] not in (".", ",", ";"):
        stop += 1
    from kg.extract.aid_checks import aid_like  # noqa: PLC0415 -- aid_checks is imported after this module

    words = [w for w in view.lower[end + 1:stop] if w not in ("a", "an", "the", "its", "their", "more", "further")]
    counted = bool(set(words) & _COUNT_WORDS) and not set(words) & _TIME_SPANS  # "for at least a dozen of the units"
    if not askers or not donors or not words or words[0] in _NOT_ASKED_GOODS \
            or not (aid_like(view, end + 1, stop) or counted):
        return None  # "asked Germany for permission to send tanks": a permission, not a supply
    return Frame(_ASK_ENTRY, at, at + 1, donors, [(end + 1, stop, askers)], "unspecified",
                 subject_at if subject_at is not None else at, stop)



_PREPOSITIONS = frozenset("with from against to on by for".split())


def _object_before(view: SentenceView, at: int) -> bool:
    """Is the actor at *at* a preposition's object, maybe after a description ("with the former colonial power
    France")?"""
    j = at - 1
    while j >= 0 and at - j <= 5 and view.tokens[j].text.islower() and view.lower[j] not in _PREPOSITIONS \
            and view.lower[j].isalpha():
        j -= 1
    return j >= 0 and view.lower[j] in _PREPOSITIONS
