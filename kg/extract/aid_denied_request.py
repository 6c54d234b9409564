"""A request that its asker denies making: "Honduras rejected reports that it had asked Taiwan for $2.5 billion
in aid", "Kenya denied that it had asked China for a new loan". The request (the asked party would give, the
asker would get) is recorded as denied (README A3/A4: a party says it did not happen)."""

from __future__ import annotations

from kg.extract.aid_ask import ASK_LEMMAS, ask_frame
from kg.extract.aid_nouns import Context, Frame
from kg.extract.view import SentenceView


def denied_request(view: SentenceView, first: int, last: int, context: Context) -> Frame | None:
    """The denied frame of an asking verb inside the clause the denial verb at *first*..*last* takes, if any."""
    for j in range(last, min(last + 10, len(view.tokens))):
        if view.lower[j] in (".", ";", "but"):
            return None
        if view.lemmas[j] in ASK_LEMMAS and (frame := ask_frame(view, j, context, _pronoun_asker(view, first, j))):
            frame.status = "denied"
            frame.quote_first = min(frame.quote_first, first)
            return frame
    return None


def _pronoun_asker(view: SentenceView, first: int, ask: int) -> tuple:
    """The denier, when the asking verb's subject is a pronoun standing for it ("Honduras denied that it had
    asked"); else () and the asking verb's own subject counts."""
    if not {"it", "they"} & set(view.lower[first:ask]):
        return ()
    return view.subject(first)[0]
