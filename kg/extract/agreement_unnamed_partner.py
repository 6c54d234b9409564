"""An accord whose other side the clause names as no state: "the operator concluded a contract with NIS",
"suspended talks on a cocoa agreement with a Chinese commodity trader". With no state in the clause, the
pair of states the article names most is a guess the text contradicts: the partner is a firm or body the
gazetteers do not know (a private company is recorded only by its name, G2), so no record is made."""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.agreement_firm_partner import firm_partner
from kg.extract.view import SentenceView


def unnamed_partner(view: SentenceView, last: int, c_last: int, persons: Collection[int]) -> bool:
    """Does "with" right after the agreement noun ending before *last* (within three words) take a name the
    gazetteers do not know ("with NIS", "with Naval Group") or an unnamed firm ("with a Chinese trader")?
    A person's name (token starts in *persons*) is no such partner: "a deal with Prabowo" is his state's."""
    for j in range(last, min(last + 3, c_last - 1)):
        if view.lower[j] != "with":
            continue
        k = j + 2 if view.lower[j + 1] == "the" and _capitalised(view, j + 2, c_last) else j + 1
        if _capitalised(view, k, c_last) and k not in persons and not view.state_in(k, min(k + 4, c_last)):
            return True
        return firm_partner(view, j, c_last)
    return False


def _capitalised(view: SentenceView, k: int, c_last: int) -> bool:
    return k < c_last and view.tokens[k].text[:1].isupper()
