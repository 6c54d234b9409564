"""An indirect question about a flow already named: "He did not say which model would be bought", "Officials
would not disclose what would be shipped". The question asks for a detail; it reports no flow or stage of its
own (README A3), so the frame read from its verb is dropped. "It is not clear how Russia will deliver the
grain" names its giver inside the question and is kept."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_ASKING = frozenset("say said says disclose disclosed specify specified reveal revealed confirm confirmed know "
                    "clear unclear explain explained detail detailed".split())
_WH = frozenset("which what how whether when".split())


def without_questions(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* without those whose verb ends an indirect question opened before it in the same clause."""
    return [f for f in frames if not _in_question(view, f.first)]


def _in_question(view: SentenceView, verb: int) -> bool:
    for j in range(verb - 1, max(0, verb - 8), -1):
        word = view.lower[j]
        if word in (",", ";", ".", "and", "but"):
            return False
        if word in _WH and view.lower[j - 1] in _ASKING:
            # "how Russia will deliver the grain" asks about a flow the clause names: kept
            return not view.actors_in(j + 1, verb)
    return False
