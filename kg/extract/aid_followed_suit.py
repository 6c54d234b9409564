"""Another giver doing what the flow in hand's giver did: "USAID paused all food aid to Ethiopia. The World
Food Programme took a similar step last week", "Germany sent tanks to Ukraine. Poland followed suit".

The subject of "followed suit", "did the same" or "took a similar (the same) step" gives what the giver in hand
gave, to the same getter and at the same stage (README A5: the flow may be named in an earlier sentence).
"""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_ENTRY = Entry(("follow", "suit"), "give", "delivered")
_PHRASES = (("followed", "suit"), ("follows", "suit"), ("did", "the", "same"), ("has", "done", "the", "same"),
            ("took", "a", "similar", "step"), ("took", "the", "same", "step"), ("took", "similar", "steps"),
            ("took", "a", "similar", "decision"), ("made", "a", "similar", "move"), ("took", "similar", "action"))
_FIRST_WORDS = frozenset(p[0] for p in _PHRASES)


def followed_suit_frames(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """A frame for a subject that "followed suit" after the flow in hand, where the sentence has none."""
    if frames or not context.donors or not context.recipients or context.status is None \
            or _FIRST_WORDS.isdisjoint(view.lower):
        return []
    for j, word in enumerate(view.lower):
        phrase = next((p for p in _PHRASES if word == p[0] and view.lower[j:j + len(p)] == p), None)
        if phrase is None:
            continue
        givers = tuple(g for g in view.subject(j)[0] if g.kind in ("state", "organisation")
                       and g not in context.donors and g not in context.recipients)
        if not givers:
            return []
        end = j + len(phrase)
        return [Frame(_ENTRY, j, end, givers, [(j, end, tuple(context.recipients))], context.status, j, end,
                      used_context=True)]
    return []
