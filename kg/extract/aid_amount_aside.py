"""An amount restated in brackets inside an item ("1.5 billion yuan (US$208 million) this year to ..."), or
an acronym of the name before it ("Terminal High Altitude Area Defense (THAAD) interceptors"): part of the
item, not an aside that ends it."""

from __future__ import annotations

from kg.extract.view import SentenceView

_AMOUNT_WORDS = frozenset("$ us$ € £ ¥ us about some around nearly roughly approximately almost over more than "
                          "million billion bn m euros dollars pounds yen yuan rupees roubles rubles".split())


def _number(word: str) -> bool:
    """A number, bare or after a short currency prefix: "45", "k159" (kina), "rs500", "sh3.2"."""
    digits = word.lstrip("abcdefghijklmnopqrstuvwxyz$")
    return word[:1].isdigit() or (0 < len(word) - len(digits) <= 3 and digits[:1].isdigit())


def amount_aside(view: SentenceView, at: int, end: int) -> int | None:
    """The closing bracket of "(US$208 million)", "(about K159 million)" opened at *at*: an amount restated;
    or of an acronym of the name before it, "Terminal High Altitude Area Defense (THAAD) interceptors"."""
    close = next((k for k in range(at + 1, min(end, at + 7)) if view.lower[k] == ")"), None)
    if close is None or not any(_number(w) for w in view.lower[at + 1:close]):
        return close if close == at + 2 and view.tokens[at + 1].text.isupper() and view.tokens[at + 1].text.isalpha() else None
    return close if all(_number(w) or w in _AMOUNT_WORDS for w in view.lower[at + 1:close]) else None

