"""Money and quantities in an item phrase: "$60 million", "€900m", "30,000 tons", "24 F-16 jets".

>>> find_amounts("a $60 million grant and 30,000 tons of wheat")
Amounts(value='60000000', currency='USD', quantity='30000', unit='tons')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
          "b": 1e9, "trillion": 1e12, "tn": 1e12}
_CURRENCY_SYMBOL = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORD = {"dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
                  "renminbi": "CNY", "rubles": "RUB", "roubles": "RUB", "rupees": "INR", "reais": "BRL"}
_NUMBER = r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE_RE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|mn|mln|bn|tn|k|m|b)\b)?"
_MONEY_SYMBOL = re.compile(r"(?P<symbol>[$€£¥])\s?" + _NUMBER + _SCALE_RE, re.IGNORECASE)
_MONEY_WORD = re.compile(_NUMBER + _SCALE_RE + r"\s+(?:(?:US|U\.S\.)\s+)?(?P<word>" + "|".join(_CURRENCY_WORD) + r")\b",
                         re.IGNORECASE)
_QUANTITY = re.compile(_NUMBER + _SCALE_RE + r"\s+(?P<unit>(?:metric\s+)?(?:tons|tonnes|tonne|ton|barrels|barrel|bpd|"
                       r"cubic metres|cubic meters|litres|liters|megawatts|MW|doses|units|vehicles|tanks|jets|"
                       r"aircraft|helicopters|drones|missiles|shells|rounds|launchers|systems|ships|vessels|boats))\b",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Amounts:
    value: str | None = None
    currency: str | None = None
    quantity: str | None = None
    unit: str | None = None


def _number(match: re.Match) -> str:
    value = float(match.group("number").replace(",", "")) * _SCALE.get((match.group("scale") or "").lower(), 1)
    return str(int(value)) if value == int(value) else str(value)


def find_amounts(text: str) -> Amounts:
    """The first amount of money and the first counted quantity in *text*."""
    value = currency = quantity = unit = None
    money = _MONEY_SYMBOL.search(text)
    if money:
        value, currency = _number(money), _CURRENCY_SYMBOL[money.group("symbol")]
    else:
        money = _MONEY_WORD.search(text)
        if money:
            value, currency = _number(money), _CURRENCY_WORD[money.group("word").lower()]
    counted = _QUANTITY.search(text)
    if counted:
        quantity, unit = _number(counted), counted.group("unit").lower()
    return Amounts(value, currency, quantity, unit)
