"""An amount of money named by a currency word or code is money given, whatever else the item says: "1 million
pounds", "USD 15 million", "Sh140 million", "50 million yuan", "3.2 billion Danish kroner". The lexicon's
keywords catch "$", "€" and "dollars"; this step makes financial a flow whose item states an amount in
any other currency and names no goods (a weight such as "40,000 pounds of rice" is not money, nor a price such as
"equipment valued at US$28 million"). A later step makes such money humanitarian in a disaster story
(aid_relief_money)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import AidFlow

_SCALE = r"(?:\s*(?:thousand|million|billion|trillion|mn|mln|bn|m|b)\b)?"
_NUMBER = r"\d[\d,]*(?:\.\d+)?"
_WORDS = (r"dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|rubles?|roubles?|rupees?|reais|real|kroner|kronor|"
          r"krona|francs?|dirhams?|riyals?|rials?|shillings?|lira|liras|naira|rand|pesos?|rupiah|ringgit|taka|dinars?")
_CODES = r"USD|US\$|A\$|C\$|NZ\$|HK\$|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?|KSh|Sh|AED|SAR|QAR|KWD|CHF|SEK|NOK|DKK|TRY|PKR|BDT|LKR"
_AMOUNT = re.compile(rf"(?:\b{_NUMBER}{_SCALE}\s+(?:(?:US|U\.S\.|Danish|Swedish|Norwegian|Swiss|Hong Kong|Saudi|"
                     rf"Emirati|Qatari|Kuwaiti|Indian|Pakistani|Turkish|Egyptian|Kenyan|Australian|Canadian|New Zealand)"
                     rf"\s+)?(?:{_WORDS})\b(?!\s+of\b))|(?:(?<![\w$])(?:{_CODES})\s?{_NUMBER}{_SCALE})")


_PRICE = re.compile(r"\b(?:worth|valued|priced|costing)\b", re.IGNORECASE)


def money_words(flows: list[AidFlow]) -> list[AidFlow]:
    """*flows* whose item names nothing but an amount in a currency made financial."""
    return [replace(f, categories=("financial",)) if _money_alone(f) else f for f in flows]


def _money_alone(flow: AidFlow) -> bool:
    found = _AMOUNT.search(flow.item)
    # goods named beside the money keep their kinds; a price ("equipment valued at US$28 million") is no money given
    return found is not None and flow.categories in ((), ("other",)) and not _PRICE.search(flow.item[:found.start()])
