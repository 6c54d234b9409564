"""Aid named in a relative clause of another frame's item: "threatened to cut off the electricity
supplies his country sends to Ukraine" -- the supply is going on."""

from __future__ import annotations

from kg.extract.aid_checks import _aid_like
from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

_GIVER_WORDS = frozenset("it they we".split())
_OWNERS = frozenset("his her its their our".split())
_BODIES = frozenset("country government state nation".split())


def standing_supply(view: SentenceView, frame: Frame, lexicon: AidLexicon) -> Frame | None:
    """"threatened to cut off the electricity supplies his country sends to Ukraine": the supply the
    stopping frame names in a relative clause is going on, a delivered flow of its own (README A3)."""
    if frame.status != "declined" or frame.trigger.frame != "give" or not frame.segments:
        return None
    first, last, recipients = frame.segments[0]
    givers = {lemma for e in lexicon.triggers if e.frame == "give" and e.status == "delivered" and len(e.words) == 1
              for lemma in e.words}
    for j in range(first + 2, last):
        if view.lemmas[j] not in givers or view.lower[j] == view.lemmas[j] or view.lower[j].endswith("ing"):
            continue  # "sends", "sent", "has supplied": a finite verb, not "to send" or "supplying"
        k = j - 1
        k -= k > first and view.lower[k] in ("has", "have", "had")
        own = view.lower[k] in _GIVER_WORDS or (k in view.actor_at and view.actor_at[k].entity in frame.donors) \
            or (view.lower[k] in _BODIES and view.lower[k - 1] in _OWNERS)
        start = k - (view.lower[k] in _BODIES)
        if not own or not _aid_like(view, first, start):
            continue  # "the electricity supplies": the noun, not a verb with its giver
        donors = frame.donors
        if not donors and view.lower[k] in _BODIES and 0 in view.actor_at and view.actor_at[0].entity.kind == "state":
            donors = (view.actor_at[0].entity,)  # "Slovak Prime Minister Robert Fico, who ..., ... his country sends"
        if not donors:
            return None
        return Frame(frame.trigger, j, j + 1, donors, [(first, start, recipients)], "delivered",
                     frame.quote_first, frame.quote_last)
    return None
