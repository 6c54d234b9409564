"""A loan agreed with a lending body, the borrower given by the text or the context: "That
arrangement, a $3 billion stand-by facility, was agreed with IMF staff", "Egypt's new loan was agreed
with the World Bank". Agreed but not yet approved by the lender's board: pledged (README A3)."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_LOAN_NOUNS = frozenset("loan loans facility facilities arrangement programme program package bailout credit "
                        "deal".split())
_ENTRY = Entry(("agree",), "give", "pledged")


def agreed_with_frame(view: SentenceView, at: int, context: Context) -> Frame | None:
    """The frame of "<loan> was agreed with <lending body>" whose "agreed" is at *at*, if any."""
    n = len(view.tokens)
    if view.lemmas[at] != "agree" or at < 2 or at + 2 >= n or view.lower[at + 1] != "with" \
            or view.lower[at - 1] not in ("was", "were", "been", "is"):
        return None
    spot = at + 2 + (view.lower[at + 2] == "the")
    lender = view.actor_at.get(spot)
    if lender is None or lender.entity.kind != "organisation":
        return None
    start = min((c[0] for c in view.chunks_before(at)), default=0)  # "That arrangement, a $3bn facility, was"
    head = next((j for j in range(start, at) if view.lower[j] in _LOAN_NOUNS), None)
    if head is None:
        return None  # "The text was agreed with the IMF": no loan named
    owners = [m.entity for m in view.state_in(start, at) if view.possessive(m) or
              (m.first > 0 and view.word_before(m) == "for")]
    recipients = tuple(owners) or tuple(r for r in context.fallback_recipients() if r != lender.entity)
    if not recipients:
        return None
    return Frame(_ENTRY, at, at + 1, (lender.entity,), [(start, at - 1, recipients)], "pledged", start,
                 lender.last, used_context=not owners)
