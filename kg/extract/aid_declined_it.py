"""An offer in hand turned down by a pronoun: "China offered to build a port in Sri Lanka. Colombo turned it
down", "... Colombo rejected it" (or taken up: "Athens accepted it", "... accepted the offer", approved as
aid_accepted reads an accepted offer). The refusing getter is a getter of the flow the paragraph is about, the
pronoun is that flow, and the refusal is its declined record (README A3); the offer itself was read from the
sentence before. With no offer or pledge in hand, or a refuser who is not its getter ("The minister
rejected it"), there is nothing to decline."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_PRONOUNS = frozenset("it them".split())
_OFFERS = frozenset("offer offers proposal".split())
_IN_HAND = frozenset("offered pledged".split())
_TAKING = frozenset("turn decline refuse accept".split())  # ("rejected it" may deny a report: left to the context)


def declined_pronoun(view: SentenceView, first: int, last: int, entry: Entry, context: Context,
                     refusers: tuple) -> list[Frame]:
    """The declined frame of the context's offer that the decline verb at *first* takes as "it"/"them"."""
    pronoun = last if last < len(view.tokens) and view.lower[last] in _PRONOUNS else None
    if pronoun is None and len(entry.words) > 1 and entry.words[-1] == "down" and view.lower[last - 2] in _PRONOUNS:
        pronoun = last - 2  # "turned it down" (the trigger "turn it down")
    elif pronoun is None and len(entry.words) > 2 and entry.words[-1] == "down" and view.lower[last - 2] in _OFFERS:
        pronoun = last - 2  # "turned the offer down" (the trigger "turn the offer down"): the offer in hand
    accepted = entry.words[0] == "accept"  # "Athens accepted it", "Athens accepted the offer": consent, approved
    if pronoun is None and accepted and view.lower[last:last + 2] in (("the", "offer"), ("that", "offer"),
                                                                      ("the", "proposal"), ("this", "offer")):
        pronoun = last + 1
    offerer = _offerer_before(view, first, refusers) if pronoun is not None and entry.words[0] in _TAKING else ()
    if pronoun is None or (entry.status != "declined" and not accepted) or context.status not in _IN_HAND and not offerer:
        return []
    if pronoun + 1 < len(view.tokens) and view.lower[pronoun + 1] not in (".", ",", ";", "down", "outright", "flatly",
                                                                           "on", "in", "because", "as", "after"):
        return []  # "rejected it as interference": still read; "rejected them all" and the like are left out
    named = [m for m in view.actors if m.last <= first and m.entity in refusers]
    if named and offerer:  # "Russia has offered to step in, but Tbilisi turned the offer down": Russia's offer
        return [Frame(entry, first, last, offerer, [(first, last, tuple(refusers))],
                      "approved" if accepted else "declined", 0, last)]
    if not named or not context.donors or not set(refusers) <= set(context.recipients):
        return []  # the refuser must be named, a getter of the offer in hand
    return [Frame(entry, first, last, context.donors, [(first, last, tuple(refusers))],
                  "approved" if accepted else "declined", named[0].first, last, used_context=True)]


def _offerer_before(view: SentenceView, first: int, refusers: tuple) -> tuple:
    """The state that offered earlier in the same sentence ("Russia has offered to step in, but Tbilisi turned the
    offer down"), when the refuser is not it; else ()."""
    for j in range(first - 1, 0, -1):
        if (view.lemmas[j] == "offer" and not view.lower[j].endswith("s")) \
                or (view.lower[j] == "offers" and view.lower[j - 1] in ("has", "had")):  # a verb, not "its offers"
            offerers, _ = view.subject(j)
            states = tuple(o for o in offerers if o.kind == "state" and o not in refusers)
            return states if len(states) == 1 else ()
    return ()
