"""Negations that deny no flow (README A3 "denied" is a party saying a supply did not happen): "The loan was
not announced at the time" says only that nobody made it public, and "No price was given" or "no details were
disclosed" withholds a detail of the deal, not the goods, and so does "no figures were given on how many jets
it had bought". Such "denied" flows are dropped. "The loan was never fully disbursed" says part of it was
paid: that flow is delivered (README A3), not denied. "Washington has not restarted aid to Niger" or "has not
resumed the arms grant it cancelled" says a stopped supply stays stopped: declined (README A3: suspended,
paused), not a denial that it ever happened. Nor is a delivery whose date or timetable is spoken of done: "No
firm date for the first Dutch deliveries was given", "a date for the first German deliveries has not been
set" name deliveries still to come (pledged), not made."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_UNANNOUNCED = re.compile(r"\b(?:not|never|n't)\s+(?:been\s+|yet\s+|publicly\s+|officially\s+)*"
                          r"(?:announced|unveiled|disclosed|publici[sz]ed|made\s+public|reported|revealed)\b",
                          re.IGNORECASE)
# Details of a deal that a report may say were not given.
_DETAILS = frozenset("price prices figure figures details detail date dates timeline timetable reason reasons "
                     "explanation comment breakdown value cost costs number terms sum amount decision".split())
# "no figures were given on how many aircraft it had acquired", "no timetable has been given for the arrival of
# the jets", "no decision has been announced": a detail withheld, whatever the words after it name
_WITHHELD = re.compile(r"\bno\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(_DETAILS)) + r")\s+(?:was|were|is|are|has|have|had)"
                       r"\s+(?:yet\s+)?(?:been\s+)?(?:given|announced|provided|disclosed|released|published|set|made)\b",
                       re.IGNORECASE)
# "not fully disbursed", "never been completely delivered": a part was given
_NOT_ALL = re.compile(r"\b(?:not|never|n't)\s+(?:been\s+|yet\s+|so\s+far\s+)*(?:fully|entirely|completely|wholly)\s+"
                      r"(?:been\s+)?\w+(?:ed|id|ent|iven)\b", re.IGNORECASE)

# "has not resumed", "had not yet restarted": a supply stopped before is still stopped
_NOT_RESUMED = re.compile(r"\b(?:not|never|n't)\s+(?:been\s+|yet\s+|so\s+far\s+)*"
                          r"(?:resumed|restarted|restored|reinstated|unfrozen|unblocked|released)\b", re.IGNORECASE)

# "date for the first deliveries", "timetable for further shipments": deliveries still to come
_DATED_AHEAD = re.compile(r"\b(?:date|dates|timetable|timeline|schedule)\s+for\s+(?:the\s+)?(?:first\s+|initial\s+|"
                          r"further\s+|next\s+|remaining\s+)?(?:[A-Z][\w-]*\s+)?$")


def real_denials(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* without the "denied" ones whose negation is about publicity or a detail of the deal, with
    a flow said not to be fully given made delivered, and a delivery whose date is still spoken of pledged."""
    flows = [replace(f, status="pledged") if f.status == "delivered" and _dated_ahead(f) else f for f in flows]
    return [replace(f, status="delivered") if f.status == "denied" and _NOT_ALL.search(f.evidence.sentence_text)
            else replace(f, status="declined") if f.status == "denied" and _NOT_RESUMED.search(f.evidence.sentence_text)
            else f for f in flows if f.status != "denied" or not _no_denial(f)]


def _no_denial(flow: AidFlow) -> bool:
    words = [w.strip(".,;:()\"'“”").lower() for w in flow.item.split()]
    detail = len(words) <= 3 and bool(words) and words[-1] in _DETAILS
    return detail or bool(_UNANNOUNCED.search(flow.evidence.quote)) or bool(_WITHHELD.search(flow.evidence.quote))


def _dated_ahead(flow: AidFlow) -> bool:
    """Is *flow* read from a delivery noun after "date for the first" or the like?"""
    before = flow.evidence.sentence_text[:flow.evidence.start - flow.evidence.sentence_start]
    return bool(_DATED_AHEAD.search(before))
