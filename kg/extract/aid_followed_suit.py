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
            ("took", "a", "similar", "decision"), ("made", "a", "similar", "move"), ("took", "similar", "action"),
            # "The UAE and Qatar have made similar promises": a promise (an offer) of the same flow
            ("made", "similar", "promises"), ("made", "a", "similar", "promise"), ("made", "similar", "pledges"),
            ("made", "a", "similar", "pledge"), ("made", "similar", "offers"), ("made", "a", "similar", "offer"))
_STAGE_NOUNS = {"promises": "pledged", "promise": "pledged", "pledges": "pledged", "pledge": "pledged",
                "offers": "offered", "offer": "offered"}
_FIRST_WORDS = frozenset(p[0] for p in _PHRASES) | {"follow"}
ADDS_WITH = frozenset(p[-1] for p in _PHRASES) | {"follow"}  # one of which a sentence with a frame here holds
_PROMISING = {"promise": "pledged", "pledge": "pledged", "vow": "pledged", "agree": "pledged", "offer": "offered"}
_ENDS = frozenset(". , ; : and next this soon later in on within shortly".split())


def followed_suit_frames(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """A frame for a subject that "followed suit" after the flow in hand, where the sentence names no goods."""
    if any(s < e for f in frames for s, e, _ in f.segments) or not context.donors or not context.recipients or context.status is None \
            or _FIRST_WORDS.isdisjoint(view.lower):
        return []
    for j, word in enumerate(view.lower):
        if word == "follow" and (promised := _promised_to_follow(view, j, context)):
            return promised  # "Zambia and Mozambique have promised to follow"
        phrase = next((p for p in _PHRASES if word == p[0] and view.lower[j:j + len(p)] == p), None)
        if phrase is None:
            continue
        givers = tuple(g for g in view.subject(j)[0] if g.kind in ("state", "organisation")
                       and g not in context.donors and g not in context.recipients)
        if not givers:
            return []
        end = j + len(phrase)
        return [Frame(_ENTRY, j, end, givers, [(j, end, tuple(context.recipients))],
                      _STAGE_NOUNS.get(phrase[-1], context.status), j, end, used_context=True)]
    return []


def _promised_to_follow(view: SentenceView, j: int, context: Context) -> list[Frame]:
    """The frame of "<giver> promised (will) to follow (suit)" at *j*: more of the flow in hand to come."""
    end = j + 1 + (view.lower[j + 1:j + 2] == ("suit",))
    if end < len(view.lower) and view.lower[end] not in _ENDS:
        return []  # "promised to follow the rules", "to follow up"
    if j > 1 and view.lower[j - 1] == "to" and view.lemmas[j - 2] in _PROMISING:
        verb, status = j - 2, _PROMISING[view.lemmas[j - 2]]
    elif j > 0 and view.lower[j - 1] == "will":
        verb, status = j - 1, "pledged"
    else:
        return []
    givers = tuple(g for g in view.subject(verb)[0] if g.kind in ("state", "organisation")
                   and g not in context.donors and g not in context.recipients)
    if not givers:
        return []
    return [Frame(_ENTRY, j, end, givers, [(j, end, tuple(context.recipients))], status, verb, end, used_context=True)]
