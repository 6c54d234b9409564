"""Signed contracts as aid flows: "A contract for the plant was signed on Monday", "X and Y signed a
contract for the purchase of three radars", and the contract of the flow in hand named again ("Pakistan is
buying J-10 jets from China ... Islamabad inked the contract in February"). A purchase or supply contract signed is "approved" (README A3);
who supplies whom comes from the flow the sentence or the discourse context is about.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.aid_signed_for import signed_for_frame
from kg.extract.aid_slots import ITEM_STOP
from kg.extract.aid_stopped_nouns import calls_off
from kg.extract.lexicon import Entry
from kg.extract.view import BE_FORMS, SentenceView, unique

# An accord of money named as such: "signed a concessional loan agreement", "a currency swap arrangement", "An
# agreement on the deposit was signed" (a bare "agreement" is as often a political accord, AG1: it needs a money word).
_ACCORD_NOUNS = frozenset("agreement agreements arrangement".split())
_FINANCING = frozenset("loan loans credit swap deposit deposits financing".split())
# "exchanged notes": the exchange of notes by which two governments conclude an aid or loan agreement
CONTRACT_NOUNS = frozenset("contract contracts deal deals notes".split()) | _ACCORD_NOUNS
_DROPPING = frozenset("drop scrap cancel abandon shelve ditch".split())
_SIGNING = frozenset("sign signature conclude ink finalise finalize seal award".split())  # "put its signature to"
_CONTRACT_ENTRY = Entry(("contract",), "give", "approved")


def contract_frame(view: SentenceView, at: int, frames: list[Frame], context: Context) -> Frame | None:
    """The signed contract at *at*, as an approved flow between the actors of the flow in hand."""
    n = len(view.tokens)
    if view.lower[at] in _ACCORD_NOUNS:
        return _accord_frame(view, at, frames, context)
    if view.lower[at] == "notes":
        exchanged = any(view.lemmas[j] == "exchange" for j in range(max(0, at - 3), at))
        return _between_parties_in_hand(view, at, at - 1, frames, context) if exchanged else None
    signed = any(view.lemmas[j] in _SIGNING for j in range(max(0, at - 7), at)) or any(
        view.lemmas[j] in _SIGNING for j in range(at + 1, min(n, at + 16)) if view.lower[j - 1] in ("was", "were",
                                                                                                  "been"))
    dropped = not signed and any(view.lemmas[j] in _DROPPING or calls_off(view, j)
                                 for j in range(max(0, at - 4), at))  # "Egypt later dropped the deal for Russian jets"
    if not signed and not dropped:
        return None
    # "signed a contract on Monday for the purchase of three radar systems", "a contract worth about $1 billion
    # with Israel for a satellite": the object follows "for"/"of"
    j = at + 1
    while j < n and view.lower[j] not in ("for", "of") and view.lower[j] not in ITEM_STOP and view.lower[j] not in (
            ",", ".", ";") and j - at < (9 if view.lower[at + 1:at + 2] in (("worth",), ("with",)) else 5):
        j += 1
    if j + 1 < n and view.lower[j] in ("that", "which") and view.lower[j + 1] in _INCLUDING:
        j += 1  # "signed a defence deal with Paris in 2022 that included an order for 42 Rafale aircraft"
    if j >= n or view.lower[j] not in ("for", "of") and view.lower[j] not in _INCLUDING:
        # "Islamabad inked the contract, valued at $1.6 billion, in February": the contract of the flow in hand
        return _between_parties_in_hand(view, at, at - 1, frames, context) \
            if signed and not frames and (view.lower[at - 1:at] in (("the",), ("this",)) or view.lower[at] in _ACCORD_NOUNS) else None
    if dropped:
        return signed_for_frame(view, at, j, "declined")
    return signed_for_frame(view, at, j) or _between_parties_in_hand(view, at, j, frames, context)


def _between_parties_in_hand(view: SentenceView, at: int, j: int, frames: list[Frame], context: Context) -> Frame | None:
    """The approved flow for the contract at *at* whose object starts after *j*."""
    n = len(view.tokens)
    if frames and frames[-1].donors and any(rs for _, _, rs in frames[-1].segments):
        donors = frames[-1].donors
        recipients = unique(r for _, _, rs in frames[-1].segments if rs for r in rs)
    else:
        donors, recipients = context.donors, context.recipients or context.topic
    named = {m.entity for m in view.actors}
    if not donors or not recipients or not named <= set(donors) | set(recipients):
        return None  # a contract between parties the flow in hand does not name
    end = j + 1
    while end < n and view.lower[end] not in ITEM_STOP and view.lower[end] not in (",", ".", ";", "on", "in", "at") \
            and view.lower[end] not in BE_FORMS:
        end += 1
    return Frame(_CONTRACT_ENTRY, at, at + 1, donors, [(j + 1, end, recipients)], "approved", at, end,
                 used_context=not frames)


def _accord_frame(view: SentenceView, at: int, frames: list[Frame], context: Context) -> Frame | None:
    """The approved flow of a lending accord signed: its money word is the item ("a concessional loan agreement":
    loan), just before the noun or after "on" ("An agreement on the deposit was signed": deposit)."""
    money = [j for j in range(max(0, at - 3), at) if view.lower[j] in _FINANCING]
    if money:
        first, last = money[0], at
    elif view.lower[at + 1:at + 2] == ("on",) and (k := next((j for j in range(at + 2, min(len(view.tokens), at + 4))
                                                             if view.lower[j] in _FINANCING), None)) is not None:
        first, last = k, k + 1
    else:
        return None  # "signed a trade agreement": no money named (AG1: a pact of its own)
    if not _signed_accord(view, at) or (frame := _between_parties_in_hand(view, at, at - 1, frames, context)) is None:
        return None
    if frame.used_context and context.status == "approved":
        return None  # "The credit facility agreement was signed by ...": the approval in hand told again
    frame.segments = [(first, last, rs) for _, _, rs in frame.segments]
    frame.quote_first, frame.quote_last = min(first, frame.quote_first), max(last, frame.quote_last)
    return frame


_INCLUDING = frozenset("included includes include covered covers cover".split())
_NEGATING = frozenset("no not never n't yet without".split())


def _signed_accord(view: SentenceView, at: int) -> bool:
    """Was the accord at *at* signed, in the past and not negated: "signed a loan agreement", "A loan agreement was
    signed" (not "are to sign", "have yet to sign", "No loan agreement was signed")?"""
    n = len(view.tokens)
    before = [j for j in range(max(0, at - 7), at) if view.lemmas[j] in _SIGNING and view.lower[j] != view.lemmas[j]
              and view.lower[j - 1] not in ("to", "be", "been", "being")]
    skip = at
    if view.lower[at + 1:at + 3] in ((",", "which"), (",", "worth")):  # "The loan agreement, which carries an
        skip = next((j for j in range(at + 3, min(n, at + 16)) if view.lower[j] == ","), at)  # interest rate of 3
    after = [j for j in range(skip + 1, min(n, skip + 8)) if view.lemmas[j] in _SIGNING and view.lower[j - 1] in (
        "was", "were", "been")]  # percent, was signed on Sunday": past the aside
    verb = before[-1] if before else after[0] if after else None
    return verb is not None and not _NEGATING & set(view.lower[max(0, min(verb, at) - 4):max(verb, at)])
