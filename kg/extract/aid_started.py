"""A later stage of the flow in hand told by its deliveries starting: "Germany pledged 18 tanks to Ukraine.
Deliveries began in March", "The EU approved 5 billion euros for Egypt. The first disbursements started on
Monday", "Qatar agreed to sell LNG to Germany. Shipments got under way in 2026". The movement noun
with no giver or getter of its own names the flow the context holds; a start in the past tense is its
delivered record (README A3: sent, shipped, disbursed). A start still to come ("Deliveries will begin in
2027") is left to the stage already read."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import revises
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

# nouns of goods or money moving (not "talks", "works", "construction": what starts there is no delivery)
_MOVING = frozenset("deliveries delivery shipments shipment disbursements disbursement payouts exports supplies "
                    "transfers flows".split())
_STARTED = frozenset("began begun started commenced resumed".split())
# words the subject may hold before the noun: "The first deliveries", "Those shipments", "Regular exports"
_BEFORE = frozenset("the first initial these those its their regular actual".split())
_BETWEEN = frozenset("have has had already finally then only".split())
_ENTRY = Entry(("begin",), "give", "delivered")


@revises(lambda: _STARTED)
def started_in_hand(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with a delivered frame for "Deliveries began ..." opening a sentence that names no flow of its
    own, when the context holds a giver and a getter."""
    if not context.donors or not context.recipients or frames or view.actors:
        return frames
    j = 0
    while j < len(view.tokens) and view.lower[j] in _BEFORE:
        j += 1
    if j >= len(view.tokens) or view.lower[j] not in _MOVING:
        return frames
    k = j + 1
    while k < len(view.tokens) and view.lower[k] in _BETWEEN:
        k += 1
    if k >= len(view.tokens) or view.lower[k] not in _STARTED:
        return frames
    return [Frame(_ENTRY, k, k + 1, context.donors, [(0, j + 1, context.recipients)], "delivered", 0, k + 1,
                  used_context=True)]
