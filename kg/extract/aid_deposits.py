"""Deposits held at a central bank: "Saudi Arabia and Qatar have kept deposits worth several billion dollars
at the Central Bank of Egypt", "Kuwait holds a $2 billion deposit at Egypt's central bank". Money a state
places with another's central bank props up its reserves, so the bank's state gets (README A1, loans and
deposits are flows). The clause subject gives; the state named with the bank after "at", "with" or "in"
gets. A deposit that is kept, held or has been placed is paid in: delivered; the stage cues before the
verb still count ("has agreed to keep": pledged). Deposits read by a give verb
("deposited $5 billion in Egypt's central bank") or named with their getter by another frame are left to it."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

DEPOSIT_NOUNS = frozenset("deposit deposits".split())
_PLACES = frozenset("at with in".split())
_ENTRY = Entry(("deposit",), "give", "delivered")
_HOLDING = frozenset("keep hold have place maintain leave make extend roll".split())
_PHRASE_STOPS = frozenset({",", ";", ".", "and", "but", "which", "that", "while"}) | CLAUSE_END


def held_deposit_frame(view: SentenceView, at: int, context=None) -> Frame | None:
    """The frame of "<state(s)> ... deposit(s) (of/worth $X) at/with/in <the central bank of Y | Y's central
    bank>" with the deposit noun at *at*; "such deposits" are the ones the flow in hand put in its getter's
    bank ("Kuwait holds $4 billion at Egypt's central bank. Saudi Arabia and Qatar hold $20 billion in such
    deposits")."""
    if view.lower[at] not in DEPOSIT_NOUNS:
        return None
    n = len(view.tokens)
    place = next((k for k in range(at + 1, min(n, at + 9)) if view.lower[k] in _PLACES), None)
    if place is None and at > 0 and view.lower[at - 1] in ("such", "similar") and context is not None \
            and len(context.recipients) == 1 and context.recipients[0].kind == "state":
        place, getter_ref, getter_last = at + 1, context.recipients[0], at + 1
    elif place is None or any(view.lower[k] in _PHRASE_STOPS for k in range(at + 1, place)):
        return None
    else:
        end = next((k for k in range(place + 1, min(n, place + 8)) if view.lower[k] in _PHRASE_STOPS), min(n, place + 8))
        if "bank" not in view.lower[place + 1:end]:
            return None  # "deposits in dollars", "deposits with private lenders": no state's reserves
        getters = [m for m in view.state_in(place + 1, end) if m.entity.kind == "state"]
        if not getters and view.lower[place + 1:place + 4] == ("the", "central", "bank") and context is not None \
                and len(context.recipients) == 1 and context.recipients[0].kind == "state":
            getter_ref, getter_last = context.recipients[0], place + 4  # "at the central bank": the getter in hand's
        elif len(getters) != 1:
            return None
        else:
            getter_ref, getter_last = getters[0].entity, getters[0].last
    givers, subject_at = view.subject(at)
    givers = tuple(g for g in givers if g.kind in ("state", "organisation") and g != getter_ref)
    if not givers or subject_at is None:
        return None
    start = at
    # the subject ends at its last word ("Saudi Arabia renewed a $3 billion deposit": not at "Arabia")
    floor = view.actor_at[subject_at].last if subject_at in view.actor_at else subject_at + 1
    while start > floor and view.lower[start - 1] not in _PHRASE_STOPS and view.lemmas[start - 1] not in _HOLDING:
        start -= 1  # back to the verb: the item is "a $2 billion deposit", "deposits worth several billion dollars"
    verb = start - 1 if view.lemmas[start - 1] in _HOLDING else start
    status = status_cues(view, verb, "delivered", load_lexicon())  # "has agreed to keep": pledged
    if status is None:
        return None
    return Frame(_ENTRY, start, at + 1, givers, [(start, place, (getter_ref,))], status, subject_at, getter_last)
