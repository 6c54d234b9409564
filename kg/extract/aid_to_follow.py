"""More of the flow in hand announced as still to come: "Additional flights will follow", "More aid is
expected to follow", "Further shipments will be sent next week". The sentence names no giver or getter;
the context's flow gets a pledged record (README A2, A3: will send), the way aid_anaphora reads a stop of the
flow in hand."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView

_MORE = frozenset("more further additional other extra fresh new next second third subsequent".split())
_CARRIERS = frozenset("flights planes aircraft convoys trucks ships vessels shipments batches consignments "
                      "deliveries tranches payments instalments installments cargoes airdrops".split())
_DETERMINERS = frozenset("the a an".split())
_MODALS = (("will",), ("would",), ("are", "expected", "to"), ("is", "expected", "to"), ("are", "due", "to"),
           ("is", "due", "to"), ("are", "set", "to"), ("is", "set", "to"), ("are", "to"), ("is", "to"))
_COMING = frozenset("follow come arrive".split())
_COMING_PASSIVE = frozenset("sent delivered shipped dispatched flown disbursed released".split())
_ENTRY = Entry(("follow",), "give", "pledged")


@revises(lambda: _MORE)  # "More aid will follow"
def still_to_come(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with a pledged frame for the flow in hand when the sentence says more of it will follow."""
    if not context.donors or not context.recipients or any(f.donors for f in frames):
        return frames
    words = view.lower
    k = 0
    while k < len(words) and words[k] in ('"', "“"):
        k += 1  # '"Additional flights will follow," he said': the quotation opens the sentence
    k += k < len(words) and words[k] in _DETERMINERS
    if k >= len(words) or words[k] not in _MORE:
        return frames
    nouns = load_lexicon().aid_nouns | _CARRIERS
    j = k + 1
    if j >= len(words) or words[j] not in nouns:
        return frames  # "Further talks will follow", "More than 40 people died": no aid named
    j += 1
    for modal in _MODALS:
        if tuple(words[j:j + len(modal)]) == modal:
            at = j + len(modal)
            if any(a < at for a in view.actor_at):
                break  # "More Indian aid will follow": a giver of its own
            if at < len(words) and view.lemmas[at] in _COMING \
                    or words[at:at + 1] == ("be",) and words[at + 1:at + 2] and words[at + 1] in _COMING_PASSIVE:
                last = at + 1 + (words[at] == "be")
                return frames + [Frame(_ENTRY, at, last, context.donors, [(k, j, context.recipients)], "pledged",
                                       0, last, used_context=True)]
            break
    return frames
