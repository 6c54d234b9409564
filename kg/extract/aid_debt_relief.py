"""Debt relief agreed is granted: "those lenders agreed in June to restructure some $10 billion of debt",
"Beijing agreed to reschedule the loans". Agreeing to give goods or money is a promise (pledged), but a lender
agreeing to restructure, reschedule, write off or forgive a debt has settled the terms of what it already lent
(README A3 approved: contracted, authorised). So has a lender suspending the debtor's payments ("China agreed to
suspend debt payments", "deferred Ethiopia's debt repayments"): the payments stop, not the lender's aid."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_RELIEF = frozenset("restructure reschedule write forgive".split())
_AGREEING = frozenset("agree agreed agrees agreeing".split())
_REACH = 8


def agreed_relief(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* of debt relief that their giver agreed to, staged approved."""
    for frame in frames:
        if frame.trigger.frame == "give" and frame.status == "pledged" and frame.trigger.words[0] in _RELIEF \
                and _AGREEING & set(view.lower[max(0, frame.first - _REACH):frame.first]):
            frame.status = "approved"
        elif frame.status == "declined" and frame.trigger.words[0] in _PAUSING and any(
                "debt" in view.lower[s:e] and set(view.lower[s:e]) & _PAYMENTS for s, e, _ in frame.segments):
            frame.status = "approved"  # "agreed to suspend debt payments": relief granted
    return frames


_PAUSING = frozenset("suspend freeze pause defer halt delay".split())
_PAYMENTS = frozenset("payment payments repayment repayments service servicing".split())
