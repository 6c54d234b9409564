"""A lending body's programme, arrangement or bailout named as one a state has: "its $7 billion bailout from
the International Monetary Fund", "its existing $3.6 billion arrangement with the Fund", "Zambia's $1.3 billion
loan programme with the IMF". A programme of a lending body (an organisation whose name says Bank or Fund) is a
loan its board has approved (README A3 "approved", contracted), not money already handed over; read as an
aid noun with no stage it would be taken as delivered. Only the noun itself is revised: a verb that stages it
("disbursed $1 billion under its programme", "is considering another programme") keeps its own reading."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

# The nouns that name a lending body's standing arrangement ("loan" or "credit" before one of them too).
_ARRANGEMENTS = frozenset("programme programmes program programs arrangement arrangements facility facilities "
                          "bailout bailouts".split())
_MONEY_NOUNS = frozenset("loan lending credit bailout rescue".split())


def lending_body(ref) -> bool:
    """Is *ref* an organisation whose name says Bank or Fund (the IMF, the World Bank, the Saudi Fund ...)?"""
    return ref.kind == "organisation" and any(word in ref.label.split() for word in ("Bank", "Fund"))


def lender_programmes(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each aid-noun frame that names a lending body's programme read as approved, not delivered."""
    return [replace(f, status="approved") if f.status == "delivered" and f.trigger.frame == "aid-noun"
            and any(lending_body(d) for d in f.donors) and _arrangement(view, f.first) else f for f in frames]


def _arrangement(view: SentenceView, at: int) -> bool:
    """Is the noun at *at* a programme, bailout or arrangement ("bailout", "loan programme", "credit facility")?"""
    words = view.lower
    if not (words[at] in _ARRANGEMENTS or words[at] in _MONEY_NOUNS and words[at + 1:at + 2] != ()
            and words[at + 1] in _ARRANGEMENTS):
        return False
    # "is considering another loan programme", "asked for a new bailout": one still to be agreed
    return not set(words[max(0, at - 5):at]) & _NEW


_NEW = frozenset("another new fresh further second third next".split())
