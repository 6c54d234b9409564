"""An arrival that a party denies: "Belgrade denied that Serbian ammunition had reached Ukraine", "Minsk
denies that its fuel ever arrived in Russia". The arrival verbs are read apart from the supply verbs (aid_arrival),
so the denial around them is read here: the flow is the denied one (README A3), not a delivery."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_DENY = frozenset("deny denies denied denying".split())
_REACH = 10  # words from "denied (that)" to the arrival verb


def denied_arrivals(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each arrival inside a clause after "deny (that)" marked denied."""
    if _DENY.isdisjoint(view.lower):
        return frames
    return [replace(f, status="denied") if f.trigger.words == ("arrive",) and f.status == "delivered"
            and _denied_before(view, f.first) else f for f in frames]


def _denied_before(view: SentenceView, at: int) -> bool:
    for j in range(at - 1, max(-1, at - _REACH), -1):
        if view.lower[j] in (".", ";", "but", "while") or view.lower[j] in ('"', "“"):
            return False
        if view.lower[j] in _DENY and view.lower[j + 1:j + 2] in (("that",), ("any",), ("reports",), ("claims",)):
            return view.lower[j + 1] == "that"  # (reports and claims are answered by aid_denied_request & co.)
    return False
