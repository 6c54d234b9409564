"""A request sent, not goods: "Nigeria sent a request to China for a $22 billion loan", "Ukraine has sent
Germany a formal request for Taurus missiles", "a loan request that Nigeria sent to China". What was sent is
the asking; the one asked would give (README A3: a request not yet answered is "unspecified"), so the give
frame of "send" is turned round: the getter named gives, the sender would get."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView, unique

_REQUESTS = frozenset("request requests appeal appeals application applications plea pleas".split())
_SENDING = frozenset("send submit hand deliver transmit forward file lodge".split())


def sent_requests(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each "sent a request" frame turned into the request it is."""
    revised = []
    for frame in frames:
        if frame.status == "delivered" and frame.donors and view.lemmas[frame.first] in _SENDING \
                and any(set(view.lower[s:e]) & _REQUESTS for s, e, _ in frame.segments):
            askers = frame.donors
            asked = unique(r for _, _, rs in frame.segments for r in rs or ())
            if asked and not set(asked) & set(askers):
                frame = replace(frame, donors=tuple(asked), status="unspecified",
                                segments=[(s, e, tuple(askers)) for s, e, _ in frame.segments])
        revised.append(frame)
    return revised
