"""An offer, request or deal of the same sentence refused or cancelled by a pronoun or pointing noun:
"Iran offered fuel to Sri Lanka, but Colombo turned the offer down", "Japan offered Kenya a loan, but
Nairobi rejected it", "a proposal to supply jets, which Bogota turned down", "Algeria ordered jets from Russia, then cancelled the deal", "Spain offered planes, but Athens said it did not need
them", "Dhaka offered diesel to Nepal, but the offer was turned down" (the passive, whoever refused). The refuser is the
offer's getter (for a request, the asked giver; for a deal, either party); the refusal is declined
(README A3)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.cues import revises
from kg.extract.view import SentenceView

_REFUSING = frozenset("reject decline refuse rebuff spurn".split())
_CANCELLING = frozenset("cancel scrap drop abandon".split())
_POINTING = tuple(tuple(words.split()) for words in (
    "it", "them", "the offer", "the offers", "the proposal", "the request", "the idea", "that offer", "this offer",
    "the loan", "the aid", "the deal", "the order", "the contract", "the purchase", "the sale"))
_VERBS = _REFUSING | _CANCELLING | {"turn", "need", "take"}
_NOT = frozenset("not n't no longer".split())
# "asked Israel for air defence, but Israel declined to provide them": a refusal to give what was asked
_GIVING = frozenset("provide supply send give deliver sell grant lend ship transfer hand".split())


@revises(lambda: _VERBS, frames="needed")  # a refusing, cancelling, "turn down", "need" or "take up" verb
def turned_down(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a declined record for an earlier offer or request that a later refusal points back to."""
    for j in range(1, len(view.tokens)):
        if view.lemmas[j] not in _VERBS:
            continue  # neither a passive refusal nor a verb pointing back starts here
        if (span := _passive_refusal(view, j)) is not None:
            # "offered to sell diesel to Nepal, but the offer was turned down / has not been taken up"
            offer = next((f for f in reversed(frames) if f.quote_first < j and f.status == "offered"), None)
            if offer is not None:
                return frames + [replace(offer, status="declined", quote_last=max(offer.quote_last, span))]
            continue
        span = _pointing_object(view, j)
        if span is None:
            continue
        refusers = _relative_refuser(view, j) or view.subject(j)[0]
        for frame in reversed(frames):
            if frame.quote_first >= j or frame.status not in ("offered", "unspecified", "approved", "pledged"):
                continue
            getters = {r for _, _, rs in frame.segments for r in rs or ()}
            if frame.status == "offered" and view.lemmas[j] == "need" and (not refusers or set(refusers) <= getters):
                # "did not need them": only the getter can say so
                return frames + [replace(frame, status="declined", quote_last=max(frame.quote_last, span))]
            if frame.status == "offered" and refusers and set(refusers) <= getters:
                return frames + [replace(frame, status="declined", quote_last=max(frame.quote_last, span))]
            if frame.status == "unspecified" and refusers and set(refusers) <= set(frame.donors):
                return frames + [replace(frame, status="declined", quote_last=max(frame.quote_last, span))]
            if frame.status in ("approved", "pledged") and view.lemmas[j] in _CANCELLING \
                    and (not refusers or set(refusers) <= getters | set(frame.donors)):
                return frames + [replace(frame, status="declined", quote_last=max(frame.quote_last, span))]
            break
    return frames


_BE = frozenset("was were been is are".split())
_OFFER_SUBJECTS = (("the", "offer"), ("the", "offers"), ("the", "proposal"), ("that", "offer"), ("this", "offer"))


def _passive_refusal(view: SentenceView, at: int) -> int | None:
    """The end of "the offer was turned down / rejected / has not been taken up" at *at*, if it is one."""
    words, lemma = view.lower, view.lemmas[at]
    if lemma in _REFUSING:
        end = at + 1
    elif lemma == "turn" and words[at + 1:at + 2] == ("down",):
        end = at + 2
    elif lemma == "take" and words[at + 1:at + 2] == ("up",) and set(words[max(0, at - 3):at]) & _NOT:
        end = at + 2  # "has not been taken up": never used (README A3)
    else:
        return None
    j = at - 1
    while j >= 0 and words[j] in ("not", "never", "yet", "since", "later", "promptly", "quickly"):
        j -= 1
    if j < 2 or words[j] not in _BE:
        return None
    k = j - 1
    while k >= 0 and words[k] in ("has", "have", "had", "not", "n't"):
        k -= 1
    return end if k >= 1 and tuple(words[k - 1:k + 1]) in _OFFER_SUBJECTS else None


def _pointing_object(view: SentenceView, at: int) -> int | None:
    """The end of "turned the offer down" / "rejected it" at *at*, if the verb's object points back."""
    lemma = view.lemmas[at]
    if lemma not in _VERBS:
        return None
    if _after_which(view, at) or _after_offer_noun(view, at):  # ", which Bogota turned down", "an offer Bogota rejected"
        if lemma == "turn":
            return at + 2 if view.lower[at + 1:at + 2] == ("down",) else None
        if lemma == "take":  # "a proposal Berlin has so far not taken up": never used (README A3)
            return at + 2 if view.lower[at + 1:at + 2] == ("up",) and _NOT & set(view.lower[max(0, at - 4):at]) else None
        return at + 1
    if lemma == "take":
        return None
    if lemma in _REFUSING and view.lower[at + 1:at + 2] == ("to",) and at + 2 < len(view.tokens) \
            and view.lemmas[at + 2] in _GIVING:
        at += 2  # "declined to provide them": the give verb's object points back
    for words in _POINTING:
        n = len(words)
        if tuple(view.lower[at + 1:at + 1 + n]) != words:
            continue
        end = at + 1 + n
        if lemma == "turn" and end < len(view.tokens) and view.lower[end] == "down":
            return end + 1
        if lemma in _REFUSING | _CANCELLING and (end >= len(view.tokens) or view.lower[end] in (".", ",", ";", "on", "in", "last")):
            return end
        if lemma == "need" and set(view.lower[max(0, at - 2):at]) & _NOT:
            return end  # "Spain offered planes, but Athens said it did not need them"
    return None


# what may stand between the refuser and its verb: ", which Bogota has so far not taken up"
_BETWEEN = frozenset("has have had later then eventually quickly also so far not never yet n't".split())
_SOON = frozenset("promptly swiftly".split())  # ("an offer Bogota promptly turned down")


def _after_which(view: SentenceView, at: int) -> bool:
    """Is the verb at *at* in ", which <actor> [auxiliary] turned down": its object is the relative pronoun?"""
    j = at - 1
    while j >= 0 and view.lower[j] in _BETWEEN:
        j -= 1
    if j < 0 or j not in view.actor_at:
        return False
    k = view.actor_at[j].first - 1
    return k >= 1 and view.lower[k] == "which" and view.lower[k - 1] == ","


_OFFER_NOUNS = frozenset("offer offers proposal proposals request requests deal".split())


def _after_offer_noun(view: SentenceView, at: int) -> bool:
    """Is the verb at *at* in "an offer <actor> [auxiliary] turned down": its object is the offer noun before the
    actor ("Washington had offered Colombia used F-16s, an offer Bogota turned down")?"""
    j = at - 1
    while j >= 0 and view.lower[j] in _BETWEEN | _SOON:
        j -= 1
    if j < 0 or j not in view.actor_at:
        return False
    k = view.actor_at[j].first - 1
    return k >= 1 and view.lower[k] in _OFFER_NOUNS and view.lower[k - 1] in ("an", "a", "the", "that")


def _relative_refuser(view: SentenceView, at: int) -> tuple:
    """The actor of "an offer Bogota turned down" just before the verb at *at*, the one who refused."""
    if not _after_offer_noun(view, at):
        return ()
    j = at - 1
    while j >= 0 and j not in view.actor_at:
        j -= 1
    return (view.actor_at[j].entity,) if j >= 0 else ()
