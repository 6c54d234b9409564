"""Approval named as a noun: "Berlin gave the green light for the delivery of Leopard tanks to Ukraine",
"Seoul granted an export licence for K2 tanks destined for Poland", "Germany issued export licences for
howitzers to Ukraine", "the IMF board's approval of a $3 billion loan for Sri Lanka". What is given or
issued is consent, so the flow is "approved" (README A3), not delivered; the giver of the consent is
the donor, the state the goods or money go to the recipient."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import item_segments
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView

_CONSENT = frozenset("approval approvals licence licences license licenses permit permits clearance "
                     "authorisation authorization authorisations authorizations go-ahead nod permission".split())
_GREEN = frozenset("green-light".split())
_LEAD = frozenset("the a an its their his her export exports final formal official".split())
_ISSUING = frozenset("give grant issue award".split())
_ENTRY = Entry(("approve",), "give", "approved")


def consent_at(view: SentenceView, at: int) -> int | None:
    """The index after a consent noun phrase starting at *at* ("the green light", "an export licence"), if any."""
    j = at
    while j < len(view.tokens) and view.lower[j] in _LEAD:
        j += 1
    if j < len(view.tokens) and view.lower[j] in _CONSENT | _GREEN:
        return j + 1
    if j + 1 < len(view.tokens) and view.lower[j] == "green" and view.lower[j + 1] == "light":
        return j + 2
    return None


@revises(lambda: _CONSENT, frames="or")  # a consent noun, or frames to restage
def approvals(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with consent read as approval, and an approved frame for a consent noun no frame reads."""
    revised = []
    for frame in frames:
        start = frame.segments[0][0] if frame.segments else None
        end = consent_at(view, start) if start is not None and frame.trigger.frame == "give" \
            and frame.status == "delivered" and not view.state_in(frame.last, start) else None
        # (not "has given Tunisia its approval for the arms contracts": consent given to a party, no goods sent)
        if end is None and start is not None and frame.trigger.frame == "receive" and frame.donors:
            end = consent_at(view, _past_giver(view, start, frame.donors))  # "secured IMF board approval for a loan"
        if end is not None and end < len(view.tokens) and view.lower[end] in ("for", "of", "to"):
            segments = [(max(s, end + 1), e, rs) for s, e, rs in frame.segments if e > end + 1]
            frame = replace(frame, status="approved", segments=segments)
        revised.append(frame)
    for j in range(len(view.tokens)):
        if view.lower[j] in _CONSENT and not any(f.quote_first <= j < f.quote_last and f.donors
                                                 and any(rs for _, _, rs in f.segments) for f in revised):
            frame = _consent_noun(view, j)
            if frame is not None:
                revised.append(frame)
    return revised


def _consent_noun(view: SentenceView, at: int) -> Frame | None:
    """"issued export licences for howitzers to Ukraine", "the IMF board's approval of a loan for Sri Lanka",
    "Sri Lanka secured IMF board approval for a $3 billion loan" (the one who wins consent gets)."""
    if at + 1 >= len(view.tokens) or view.lower[at + 1] not in ("for", "of"):
        return None
    giver, winner, start = None, None, at + 2
    for k in range(at - 1, max(-1, at - 6), -1):
        if view.lemmas[k] in _ISSUING:
            giver, _ = view.subject(k)
            break
        owner = next((view.actor_at[x] for x in (k - 1, k - 2) if x in view.actor_at), None)
        if view.lower[k] in ("'s", "’s") and owner is not None:
            giver = (owner.entity,)  # "the IMF board's approval"
            break
        if k in view.actor_at and view.actor_at[k].last <= at and not view.possessive(view.actor_at[k]) \
                and all(view.lower[x] in _BOARD for x in range(view.actor_at[k].last, at)):
            giver = (view.actor_at[k].entity,)  # "IMF board approval", "US approval"
            winner = _winner(view, view.actor_at[k].first)
            break
        if view.lower[k] not in _LEAD and view.lower[k] not in _BOARD and not view.lower[k].isalpha():
            break
    if not giver and view.lower[at + 1] == "of" and (by := view.actor_at.get(at + 2 + (view.lower[at + 2:at + 3] == ("the",)))):
        if by.last < len(view.tokens) and view.lower[by.last] == "for":  # "the approval of the IMF for a loan"
            giver, winner, start = (by.entity,), _winner(view, at), by.last + 1
    if not giver:
        return None
    segments, end = item_segments(view, start, len(view.tokens), giver)
    if winner:
        segments = [(s, e, rs or winner) for s, e, rs in segments]
    segments = [(s, e, rs) for s, e, rs in segments if rs and load_lexicon().categorise(
        [t.text for t in view.tokens[s:e]])[0]]
    if not segments:
        return None
    return Frame(_ENTRY, at, at + 1, giver, segments, "approved", at, end)


_BOARD = frozenset("board board's executive staff cabinet government final formal".split())
_WINNING = frozenset("secure win get obtain receive gain".split())


def _winner(view: SentenceView, before: int) -> tuple:
    """The subject of "secured / won / got" right before the consent at *before*: who gets what it allows."""
    for k in range(before - 1, max(-1, before - 4), -1):
        if view.lemmas[k] in _WINNING:
            return view.subject(k)[0]
        if view.lower[k] not in _LEAD:
            return ()
    return ()


def _past_giver(view: SentenceView, start: int, donors) -> int:
    """*start* moved past the giver's name and board words that lead a consent noun ("IMF board approval")."""
    k = start + (view.lower[start] == "the")
    if k in view.actor_at and view.actor_at[k].entity in donors and not view.possessive(view.actor_at[k]):
        k = view.actor_at[k].last
        while k < len(view.tokens) and view.lower[k] in _BOARD:
            k += 1
    return k
