"""Food given is humanitarian aid as well as food: "Moscow will deliver grain free of charge to Mali", "the
WFP-donated wheat", rations flown in after a quake. A food flow takes the humanitarian category too when its
sentence calls it a gift or relief (free, donated, aid, relief, famine ...), when the same giver's food is so
called elsewhere in the report ("Somalia received 50,000 tonnes" after "free grain to six African states"),
or when the report is a relief story. Food sold ("at a discount", "exported", "bought") stays food alone."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_GIFT = re.compile(r"\b(?:free|donat\w*|gift\w*|aid|relief|humanitarian|famine|hunger|starv\w*|hungry)\b",
                   re.IGNORECASE)
_SALE = re.compile(r"\b(?:sells?|sold|selling|buys?|bought|buying|purchas\w*|exports?|exported|exporting|imports?|"
                   r"imported|importing|discount\w*|prices?|market|markets|trade|contract)\b", re.IGNORECASE)


def food_aid(flows: list[AidFlow], relief: bool) -> list[AidFlow]:
    """*flows* with each food flow given free also humanitarian (*relief*: the report is a relief story)."""
    givers = {f.donor for f in flows if _food(f) and _gift(f)}
    return [replace(f, categories=(*f.categories, "humanitarian"))
            if _food(f) and not _SALE.search(f.evidence.sentence_text) and (relief or f.donor in givers) else f
            for f in flows]


def _food(flow: AidFlow) -> bool:
    return "food" in flow.categories and "humanitarian" not in flow.categories


def _gift(flow: AidFlow) -> bool:
    return bool(_GIFT.search(flow.evidence.sentence_text)) and not _SALE.search(flow.evidence.sentence_text)
