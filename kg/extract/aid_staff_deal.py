"""A state's deal with a lending body that frees money: "Kenya reached a staff-level agreement with the
International Monetary Fund on Tuesday, opening the door to the release of roughly $976 million". The
body lends the sum named after the deal to the state that made it; a staff deal is a promise until the
body's board approves it (pledged)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_thanked import LENDER_DEALS
from kg.extract.cues import needs
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

DEAL_MAKING = frozenset("reach strike secure sign clinch conclude seal agree".split())
STAFF_DEAL_ENTRY = Entry(("lend",), "give", "pledged")


@needs(lambda: LENDER_DEALS, nothing=[])  # "a staff-level deal with"
def staff_deal_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """A pledged loan for "<state> reached a ... deal with <lending body>, ... $N ..." when no frame of the
    sentence already gives the sum."""
    for j in range(2, len(view.tokens) - 2):
        if view.lower[j] not in LENDER_DEALS or view.lower[j + 1] != "with":
            continue
        lender = view.actor_at.get(j + 2 + (view.lower[j + 2] == "the"))
        if lender is None or lender.entity.kind != "organisation":
            continue
        verb = next((k for k in range(j - 1, max(-1, j - 8), -1) if view.lemmas[k] in DEAL_MAKING), None)
        if verb is None:
            continue
        subject, _ = view.subject(verb)
        if len(subject) != 1 or subject[0].kind != "state":
            continue
        amount = next((k for k in range(lender.last, len(view.tokens)) if view.lower[k][:1] in "$€£¥"
                       or (view.lower[k] in (";", ".", "but") and k > lender.last)), None)  # ", but the tranche ..."
        if amount is None or view.lower[amount][:1] not in "$€£¥":
            continue
        if any(lender.entity in f.donors for f in frames):  # "... with the IMF on a $976 million loan": read already
            continue
        end = amount + 1
        while end < len(view.tokens) and (view.lower[end] in ("million", "billion", "bn", "m") or view.lower[end][:1].isdigit()):
            end += 1
        return [Frame(STAFF_DEAL_ENTRY, j, j + 1, (lender.entity,), [(amount, end, subject)], "pledged", verb, end)]
    return []
