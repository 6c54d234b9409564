"""Goods got, told from the getter's side. In the passive: "Most of Kyrgyzstan's electricity is imported
from Turkmenistan and Kazakhstan", "India's crude is mostly bought from Russia": the owner named in the
subject got the goods, the state or body after "from" gave them (a standing supply, delivered, README
A1). And what a getter received may be only a promise: "received pledges of $500 million from India"
(pledged), "got an offer of two helicopters" (offered)."""

from __future__ import annotations

from kg.extract.aid_comes_from import giver_from
from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_ADVERBS = frozenset("mainly mostly largely chiefly primarily still now only partly entirely directly being "
                     "increasingly".split())


def bought_from(view: SentenceView, subject_first: int, first: int, last: int) -> Frame | None:
    """The frame of a passive buying verb at first..last whose subject names goods and their owner and
    whose origin follows "from"; None when the sentence is not that."""
    found = giver_from(view, last, _ADVERBS)
    if found is None:
        return None
    giver = found[1]
    givers = unique(m.entity for m in view.group(giver))
    owners = unique(m.entity for m in view.state_in(subject_first, first)
                    if view.possessive(m) and m.how != "demonym" and m.entity not in givers)
    if not load_lexicon().categorise([t.text for t in view.tokens[subject_first:first]])[0] or not owners and (
            view.lower[subject_first] != "the" or view.state_in(subject_first, first)):
        return None  # (but "The fuel and power are bought from Russia": the goods told before, their owner in hand)
    be = next((j for j in range(first - 1, subject_first, -1) if view.lower[j] in ("is", "are", "was", "were", "be",
                                                                                   "been")), first)
    end = view.group(giver)[-1].last
    status = "approved" if view.lemmas[first] == "order" else "delivered"  # "Kyrgyzstan's TB2s were ordered from
    # Turkey": a purchase contracted (README A3), not yet a supply
    return Frame(Entry(("import", "from"), "receive", status), first, last, givers,
                 [(subject_first, be, owners)], status, subject_first, end)


_OFFERS = frozenset("offer offers proposal proposals".split())
_PLEDGES = frozenset("pledge pledges commitment commitments promise promises".split())


def promised_stage(view: SentenceView, first: int, end: int) -> str | None:
    """The stage of what was received when it is only a promise: "received pledges of $500 million from
    India" (pledged), "got an offer of two helicopters" (offered); None for goods themselves."""
    j = first
    while j < end and view.lower[j] in ("a", "an", "the", "new", "fresh", "further", "firm", "formal"):
        j += 1
    if j < end and view.lower[j] in _OFFERS:
        return "offered"
    if j < end and view.lower[j] in _PLEDGES:
        return "pledged"
    # "$12 billion in new commitments", "$5 billion in loan commitments": an amount of promises
    at = next((k for k in range(j, min(end, j + 6)) if view.lower[k] == "in"), None)
    if at is not None and any(view.lower[k] in _PLEDGES for k in range(at + 1, min(end, at + 4))):
        return "pledged"
    return None
