"""An amount restated in brackets inside an item ("1.5 billion yuan (US$208 million) this year to ..."), or
an acronym of the name before it ("Terminal High Altitude Area Defense (THAAD) interceptors"): part of the
item, not an aside that ends it."""

from __future__ import annotations

from kg.extract.view import SentenceView

_AMOUNT_WORDS = frozenset("$ us$ € £ ¥ us about some around nearly million billion bn m euros dollars pounds".split())


def amount_aside(view: SentenceView, at: int, end: int) -> int | None:
    """The closing bracket of "(US$208 million)", "(about $55 million)" opened at *at*: an amount restated;
    or of an acronym of the name before it, "Terminal High Altitude Area Defense (THAAD) interceptors"."""
    close = next((k for k in range(at + 1, min(end, at + 7)) if view.lower[k] == ")"), None)
    if close is None or not any(w[:1].isdigit() for w in view.lower[at + 1:close]):
        return close if close == at + 2 and view.tokens[at + 1].text.isupper() and view.tokens[at + 1].text.isalpha() else None
    return close if all(w[:1].isdigit() or w in _AMOUNT_WORDS for w in view.lower[at + 1:close]) else None

