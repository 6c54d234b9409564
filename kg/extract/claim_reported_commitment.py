"""A promise inside what someone else reports: "Brunei and Malaysia have promised to lend the Philippines
aircraft, the Office of Civil Defense said." The speaker is the one at the end (C1, C4: one speech verb,
one claim); the promise is what was said, not a statement of its own."""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView


def attributed_after(view: SentenceView, j: int) -> bool:
    """Does the sentence after token *j* close with a short attribution of its own (", X said (on Sunday).")?"""
    n = len(view.tokens)
    end = n - (n > 0 and view.lower[n - 1] in (".", '"', "”"))
    comma = next((k for k in range(end - 1, j, -1) if view.lower[k] == ","), None)
    if comma is None:
        return False
    rest = view.lower[comma + 1:end]
    return 2 <= len(rest) <= 14 and "that" not in rest and any(w in SAID_SAYS for w in rest) \
        and not rest[0].endswith("ing")  # ", saying ...": the promiser goes on speaking
