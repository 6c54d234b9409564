"""A sale or loan that the giver agreed to as part of a deal has been struck: "Under the deal, France agreed to
sell Serbia 12 jets" reports a sale agreed between the parties, and "the government agreed to extend the loan"
(or roll it over) grants the extension; README A3 calls both approved (contracted, a sale approved), not a
promise. Without a deal or contract named in the sentence an agreement to sell or lend stays a pledge ("Russia
had agreed to sell jets to Iran"), and so do a gift agreed ("agreed to send tents") and goods lent ("agreed to
lend the US 500,000 shells"). A loan or programme "agreed with" the lender is approved too."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.aid_unagreed import UNAGREED
from kg.model import AidFlow

_AGREED = r"\bagree[sd]?\s+(?:\w+\s+){0,3}?to\s+"
_EXTENDED = re.compile(_AGREED + r"(?:extend|roll\s+over)\s+(?:\S+\s+){0,4}?"
                       r"(?:loans?|credits?|credit\s+lines?|facility|swap|deposits?)", re.IGNORECASE)
_SOLD = re.compile(_AGREED + r"(?:sell|lend\s+(?:\S+\s+){0,4}?(?:money|funds|[$€£]|euros|dollars|pounds|yuan|yen|rubles|"
                   r"roubles|billion|million))", re.IGNORECASE)
# A loan or lending programme agreed with the lender ("The $1.9 billion programme was agreed with the Fund", "a
# loan that IMF staff agreed with Tunis"): its terms are struck, approved.
_AGREED_WITH = re.compile(
    r"\b(?:loans?|programmes?|programs?|facility|facilities|arrangements?|bailout|credit\s+lines?)\b"
    r"(?:\s+(?:was|were|has\s+been|had\s+been|that\s+\S+(?:\s+\S+)?))?\s+agreed\s+with\b", re.IGNORECASE)
_DEAL = re.compile(r"\b(?:deal|deals|contract|contracts|signed|signing)\b", re.IGNORECASE)


def agreed_sales(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with each pledged sale or loan that the giver agreed to made approved."""
    return [replace(f, status="approved") if f.status == "pledged" and _struck(f) else f for f in flows]


def _struck(flow: AidFlow) -> bool:
    quote = flow.evidence.quote
    sentence = flow.evidence.sentence_text
    if UNAGREED.search(quote):
        return False  # "has yet to agree to extend its deposit": not struck
    return bool(_EXTENDED.search(quote)) or bool(_SOLD.search(quote) and _DEAL.search(sentence)) \
        or ("financial" in flow.categories and bool(_AGREED_WITH.search(sentence)))
