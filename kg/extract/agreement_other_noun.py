"""Actors after an agreement noun that belong to another noun phrase: "signed a treaty on Monday, its
latest move to blunt Beijing's advance" and "... as a $60 billion U.S. aid package stalls" name China
and the United States as the owner or modifier of something else, not as a party to the accord."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention

_OPENERS = frozenset("a an $ million billion trillion".split())
_AIMED_AT = frozenset("counter countering blunt blunting curb curbing contain containing check deter deterring "
                      "offset rival".split())


def other_noun(view: SentenceView, mention: Mention, last: int, governed: bool) -> bool:
    """*mention* comes after the agreement noun ending before *last*, no preposition governs it
    (*governed* false), and it is the modifier opening an
    indefinite or priced noun phrase ("a U.S. aid package", "$2 billion U.S. loan"); a possessive only as
    the object of a verb of rivalry ("to blunt Beijing's advance", "countering China's sway")."""
    if governed or mention.first < last:
        return False
    if view.possessive(mention):  # "to blunt Beijing's advance": a rival the accord is aimed at, not the
        # seller of "a deal to buy Russia's gas" or "by ..., India's NTPC" (the accord's own sides)
        return mention.first >= 2 and view.lemmas[mention.first - 1] in _AIMED_AT
    before = view.lower[mention.first - 1] if mention.first > 0 else ""
    after = view.tokens[mention.last].text if mention.last < len(view.tokens) else ""
    return (before in _OPENERS or before.replace(",", "").replace(".", "").isdigit()) \
        and after.isalpha() and after.islower() and not after.endswith("ed")
