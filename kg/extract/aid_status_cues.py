"""The stage the words around a supply verb give it (README A3): "will send" pledged, "has not yet delivered"
pledged, "no longer supplies" declined, "is considering sending" unspecified, "signed a deal to buy" approved,
"ready to" offered, and the verb's own stage when no cue applies. Shared by the aid frames through
:func:`status_cues`."""

from __future__ import annotations

from kg.extract.aid_attempt import attempted_stage
from kg.extract.aid_conditional import conditional
from kg.extract.aid_denied_clause import request_object
from kg.extract.aid_possible import only_possible
from kg.extract.aid_signed_deal import signed_deal
from kg.extract.aid_signed_under import under_signed_deal, under_stopped_deal
from kg.extract.aid_since import since_after
from kg.extract.aid_subjunctive import proposed_that
from kg.extract.aid_unagreed import unagreed
from kg.extract.aid_under_way import by_agent, under_way_now
from kg.extract.lexicon import AidLexicon
from kg.extract.speech_verbs import ASSERTING
from kg.extract.view import CLAUSE_END, SentenceView

ITEM_STOP = frozenset("that which who while whereas because although though but so if when as during since despite amid".split())
_DECIDED = frozenset("decided decides decide chose chooses choose opted opts agreed".split())
_WH_NEXT = frozenset((w,) for w in "whether if how what when why who".split())
_REFUSAL_MODALS = frozenset("can ca could will wo would shall should going able".split())
SAYING = ASSERTING | {"denied", "denies"}  # a denial also reports a party saying so


def status_cues(view: SentenceView, first: int, default: str, lexicon: AidLexicon) -> str | None:
    if default == "pledged" and _put_forward(view, first):
        default = "offered"  # "The Fund has put forward a $1.9 billion loan": a proposal (not "put forward €350m")
    status = _status_cues(view, first, default, lexicon)
    if status in ("pledged", "approved") and unagreed(view, first):
        return "unspecified"  # "has not yet agreed to restructure its loans": no stage reached
    if status == default == "offered" and {"will", "'ll", "shall"} & set(view.lower[max(0, first - 2):first]) \
            and view.lower[first + 1:first + 2] != ("to",):  # (but "will offer to send": an offer to come)
        return "pledged"  # "Beijing will also offer 3,000 training places": announced, a promise (README A3)
    if status in ("pledged", "delivered") and default == "delivered" and under_stopped_deal(view, first):
        return "declined"  # "blocked an agreement under which Bulgaria was to hand 100 vehicles to Ukraine"
    # a pledge under a deal already signed ("will supply gas under agreements signed on Tuesday") is contracted
    return "approved" if status == "pledged" and default == "delivered" and under_signed_deal(view, first) else status


_PHRASAL = frozenset("off up out down back".split())


_PERFECT = frozenset("had has have".split())


def _after_finite_perfect(window: tuple[str, ...], text: str) -> str:
    """The cue text from the word before a perfect auxiliary in *window* on ("Before this week's deal it had been
    exported": the deal is another clause's; "would have sent" keeps its modal), else *text* as it is."""
    aux = next((k for k in range(len(window) - 1, 0, -1) if window[k] in _PERFECT), None)
    return text if aux is None else " " + " ".join(window[aux - 1:]) + " "


def _put_forward(view: SentenceView, first: int) -> bool:
    """Is the verb at *first* "put forward" with no sum of money right after it (a loan, a package, a team or an offer
    laid out, not money committed)?"""
    return view.lemmas[first] == "put" and view.lower[first + 1:first + 2] == ("forward",) \
        and not view.amount_at(first + 2)


def _status_cues(view: SentenceView, first: int, default: str, lexicon: AidLexicon) -> str | None:
    shared = _coordinated_verb(view, first)
    if shared is not None and default == "delivered":
        # "agreed to borrow 50 billion euros and lend the money to Moldova": the second verb shares
        # the first one's cue
        return status_cues(view, shared, default, lexicon)
    opening = max(0, first - 4)
    opening -= opening > 0 and view.lower[opening] in _PHRASAL  # "called off a deal to buy": the particle's verb too
    window = view.lower[opening:first]
    text = " " + " ".join(w if not by_agent(view, i) else "_" for i, w in enumerate(window, opening)) + " "
    if default == "delivered" and " no longer " in text:
        return "declined"  # "Russia no longer supplies gas to Poland": stopped (the cue, before "no" reads as negation)
    if any(w in lexicon.cues["negation"] for w in window) and not _not_only(window, lexicon.cues["negation"]):
        if default == "approved" and (request_object(view, first + 1) is not None or not set(window) & _REFUSAL_MODALS
                                      and view.lower[first + 1:first + 2] not in _WH_NEXT):  # "not clear whether"
            # "has not yet approved Kyiv's request for missiles", "has not approved the sale of F-16s": not answered
            return "unspecified"
        negated = next(k for k, w in enumerate(window) if w in lexicon.cues["negation"])
        if default == "delivered" and "yet" in window[negated:]:
            return "pledged"  # "has not yet delivered the tanks it promised": still to come, like "has yet to"
        if set(window) & _REFUSAL_MODALS or (window[-1] == "to" and ("no" in window or set(window) & _DECIDED)):
            # "says it cannot give weapons to Ukraine", "we're not going to supply", "has no plans to send",
            # "has decided not to send":
            # the donor holds back
            return "declined"
        if since_after(view, first) and not {"neither", "nor"} & set(window) and not any(
                e.frame == "receive" and len(e.words) == 1 for e in lexicon.by_first_word.get(view.lemmas[first], ())):
            # "has not exported arms to Israel since 2023": the giver stopped (README A3); a getter saying it
            # "has not received any arms since the war began" denies them
            return "declined"
        # "X has not sent missiles, its ministry insisted": a party says it did not happen;
        # a bare "has not supplied" is no flow at all
        return "denied" if SAYING & set(view.lower) else None
    if lexicon.cue_in("declined", text):
        return "declined"  # "abandoned plans to finance", "scrapped a deal to buy"
    if default == "delivered" and (tried := attempted_stage(view, first, lexicon)) is not None:
        return tried  # "is trying to sell its oil": held out; "is seeking to buy gas": asked for
    if default in ("delivered", "declined") and (any(w in lexicon.cues.get("deliberating", ()) for w in window[-2:])
                                                 or lexicon.cue_in("requested", text)):
        return "unspecified"  # "is considering sending missiles", "a request to roll over $2 billion": no stage yet
    if default == "delivered" and proposed_that(view, first):
        return "offered"  # "has recommended that 3.05 billion euros be paid out": held out, not yet paid
    if default == "delivered" and tuple(window[-2:]) == ("can", "be"):
        return "approved"  # "the decision means $600 million can be paid out": cleared, not yet paid
    if default == "delivered" and (signed := signed_deal(view, first)):
        return signed  # "signed a deal last year to buy launchers from the US": contracted (README A3)
    if default == "delivered" and view.lower[first].endswith("ing") and tuple(window[-2:]) == ("to", "be") \
            and len(window) >= 3 and window[-3] in _REPORTED:
        return "delivered"  # "France was reported to be sending 40 rescuers": under way, as reported
    if default == "delivered" and only_possible(view, first):
        return None  # "the sale could free Washington to send air defence": a possible outcome, no offer
    text = _after_finite_perfect(window, text)
    for status in ("approved", "pledged", "offered"):
        if lexicon.cue_in(status, text):  # cues may be phrases: "ready to"
            if status == "pledged" and default == "delivered" and conditional(view, first, window):
                return "offered"  # "would send more if allies did the same": a conditional offer
            # "has yet to approve the sale": an approval still awaited names the flow with no stage (README A3)
            return status if default == "delivered" else "unspecified" if (default, status) == ("approved", "pledged") and " yet to " in text else default
    if default == "delivered" and window[-1:] == ("to",) and _future_purpose(view, first - 1):
        return "pledged"  # "Japan will work with the WFP to deliver rice": the purpose of a future act
    if default == "delivered" and (contract := _under_contract(view, first)):
        # "signed contracts worth $5 billion to supply Poland with tanks": contracted (README A3), still to
        # come; "a deal to supply" is a promise
        return "approved" if contract in ("contract", "contracts", "order", "orders") else "pledged"
    if default == "delivered":
        word = view.lower[first]
        if word.endswith("ing") and window and window[-1] in ("is", "are", "am"):
            # "Denmark is donating 19 F-16s": not yet handed over; "is sending diesel this week": under way
            return "delivered" if under_way_now(view, first) else "pledged"
        if tuple(window[-2:]) == ("to", "be") or (len(window) >= 2 and window[-2] in ("is", "are", "was", "were")
                                                   and window[-1] == "to"):
            return "pledged"  # "are to be delivered", "is to supply", "Russia was to supply wheat" (a plan then)
    return default


def _not_only(window: tuple[str, ...], negation) -> bool:
    """Is the window's one negation "not only" ("had not only acquired advanced weapons but ..."), which adds
    rather than denies?"""
    negations = [k for k, w in enumerate(window) if w in negation]
    return len(negations) == 1 and window[negations[0]] == "not" and window[negations[0] + 1:negations[0] + 2] == ("only",)


def _future_purpose(view: SentenceView, to: int) -> bool:
    """Does a modal of the future govern the clause whose purpose starts at "to" (*to*): "would work with
    the Church to distribute", "will team up with Qatar to fund"?"""
    for j in range(to - 1, max(-1, to - 12), -1):
        word = view.lower[j]
        if word in (",", ";", ":", "that", "and", "but", "which", "who") or word in CLAUSE_END:
            return False
        if word in _FUTURE_MODALS:
            return True
    return False


_FUTURE_MODALS = frozenset("will would 'll shall".split())
_REPORTED = frozenset("reported said believed thought understood alleged known".split())
_CONTRACT_NOUNS = frozenset("contract contracts deal deals agreement agreements order orders memorandum".split())


def _under_contract(view: SentenceView, first: int) -> str | None:
    """The contract noun whose infinitive the verb is ("a deal worth $2bn to supply ..." -> "deal"), if any."""
    if first < 2 or view.lower[first - 1] != "to":
        return None
    for j in range(first - 2, max(-1, first - 9), -1):
        if view.lower[j] in (",", ";", ".") or j in view.actor_at:
            return None
        if view.lower[j] in _CONTRACT_NOUNS:
            in_order_to = view.lower[j] == "order" and j > 0 and view.lower[j - 1] == "in"
            return None if in_order_to else view.lower[j]
    return None


def _coordinated_verb(view: SentenceView, first: int) -> int | None:
    """The verb before "and" that a bare verb is coordinated with, under one "to" or modal:
    "agreed to borrow money and lend it" -> "borrow"."""
    if first < 3 or view.lower[first - 1] != "and" or view.lower[first].endswith(("ed", "ing", "s")):
        return None
    for j in range(first - 2, max(0, first - 14), -1):
        if view.lower[j] in (",", ";", ".") or view.lower[j] in ITEM_STOP:
            return None
        if view.lower[j - 1] in ("to", "will", "would", "could", "might", "may", "shall", "'ll") \
                and view.lower[j].isalpha() and view.tokens[j].lemma.lower() == view.lower[j]:
            return j
    return None
