"""A flow under a choice still to be made: "South Korea is reviewing whether to send weapons to Ukraine",
"No decision has been made on whether to buy more Chinese drones", "Greece is weighing whether Paris
should supply the frigates". The clause after "whether" names a flow that a party is deciding on; it has no
stage yet (README A3 "unspecified"), whatever its verb or modal would say alone ("will send", "buy"). So has
a flow still being negotiated: "Vietnam is in talks to buy the missile from India", "Egypt is negotiating to
buy jets from China"."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

# Words of deciding that open "whether": "decided/decision/considering/reviewing ... whether".
_DECIDING = frozenset("decide decides decided deciding decision decisions undecided consider considers considering "
                      "considered weigh weighs weighing weighed debate debates debating debated discuss discusses "
                      "discussing discussed review reviews reviewing reviewed study studies studying studied assess "
                      "assesses assessing assessed mull mulls mulling mulled determine determines determining "
                      "examine examines examining evaluate evaluates evaluating deliberating ponder pondering "
                      "choice choose "
                      # a choice others wait on: "is still waiting to hear whether Washington will renew its aid"
                      "wait waits waiting awaiting hear unclear uncertain unsure "
                      # a party that will not tell: "declined to comment on whether it would roll over its deposit",
                      # "did not say whether the jets had been delivered", "it is not known whether"
                      "comment say confirm disclose known".split())
_CLAUSE_BREAKS = frozenset((",", ";", ":", "but", "while", "and"))


_TALKS = frozenset("talks negotiations negotiating negotiate negotiates".split())
_TALKS_BEFORE = frozenset("in advanced early direct held hold holds holding".split())


def under_choice(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with the stage of each verb frame read inside a "whether" clause of deciding, or as the aim of
    talks ("in talks to buy"), made unspecified."""
    return [replace(f, status="unspecified") if f.status in ("pledged", "delivered", "approved", "offered")
            and (_deciding_whether(view, f.first) or _aim_of_talks(view, f.first)) else f for f in frames]


def _aim_of_talks(view: SentenceView, verb: int) -> bool:
    """Is the verb at *verb* the infinitive that talks aim at: "in (advanced) talks (with X) to buy",
    "is negotiating to buy"?"""
    words = view.lower
    if verb < 2 or words[verb - 1] != "to":
        return False
    for j in range(verb - 2, max(-1, verb - 10), -1):
        if words[j] in _CLAUSE_BREAKS or words[j] in CLAUSE_END:
            return False
        if words[j] in _TALKS:
            return words[j] != "talks" or words[j - 1] in _TALKS_BEFORE  # not "after talks to buy ... Egypt got"
    return False


def _deciding_whether(view: SentenceView, verb: int) -> bool:
    words = view.lower
    for j in range(verb - 1, max(-1, verb - 10), -1):
        if words[j] in _CLAUSE_BREAKS or words[j] in CLAUSE_END:
            return False
        if words[j] == "whether":
            return any(w in _DECIDING for w in words[max(0, j - 6):j])  # "no decision has been made on whether"
    return False
