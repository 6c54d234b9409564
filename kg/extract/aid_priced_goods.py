"""Money that prices or measures goods is not a flow of money: "arms exports worth 9.35 billion euros",
"a $7 billion deal for 40 F-16s", "96 million euros in humanitarian aid" name military goods or relief, and the
amount only says how much. A flow whose item names goods of another kind and whose only financial words are
currency (a sign or a currency's name, no loan, grant or credit) standing as a price ("worth", "a deal for",
"euros in") loses the financial category."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import load_lexicon
from kg.model import AidFlow

_CURRENCY = frozenset("$ € £ ¥ dollars dollar euros euro pounds pound yuan rubles roubles rouble ruble".split())
_WORD = re.compile(r"[$€£¥]|[\w'-]+")
# The amount stands as a price or a measure of goods: "worth", "valued at", "a deal for", "euros in aid"
# ("$10 million for the emergency response" names a purpose, and the money is a flow of its own).
_PRICE = re.compile(r"\b(?:worth|valued|deal|contract|order)\b|\b(?:dollars|euros|pounds|yuan|roubles|rubles|million|"
                    r"billion|bn|m)\s+in\b", re.IGNORECASE)


def priced_goods(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* with financial dropped where the money only prices the goods the item names."""
    return [replace(f, categories=tuple(k for k in f.categories if k != "financial")) if _priced(f) else f
            for f in flows]


# Money invested in an industry or a project is money given, not a price: "has invested some $4.6 billion in
# Niger's oil industry".
_INVESTED = re.compile(r"\binvest(?:s|ed|ing)?(?:\s+(?:some|about|around|nearly|almost|roughly|over|a\s+further|"
                       r"another|more\s+than|up\s+to))?\s*$", re.IGNORECASE)


def _priced(flow: AidFlow) -> bool:
    if "financial" not in flow.categories or len(flow.categories) < 2 or not _PRICE.search(flow.item):
        return False
    at = flow.evidence.sentence_text.find(flow.item)
    if at > 0 and _INVESTED.search(flow.evidence.sentence_text[:at]):
        return False
    words = [w.lower() for w in _WORD.findall(flow.item)]
    categorise = load_lexicon().categorise
    kinds = categorise(words)[0]
    if "financial" not in kinds or len(kinds) < 2:
        return False
    return "financial" not in categorise([w for w in words if w not in _CURRENCY])[0]
