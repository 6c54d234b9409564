"""Money given in a relief story is humanitarian aid: when a report is about a disaster or a humanitarian
crisis (its words of relief outnumber its words of lending, budgets and arms), a flow whose item is plain
money ("France committed 110 million euros", "donated $800,000", "put up an extra 120 million pounds") takes
the category of what the money is for, humanitarian, instead of financial. Loans, credit, deposits and other
named instruments keep financial: a loan is financial whatever it pays for."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from kg.extract.aid_food_aid import food_aid
from kg.model import AidFlow, Sentence

# Words of a disaster or a humanitarian crisis, and of lending, budgets and arms (the other stories that
# report money given).
_RELIEF = frozenset("humanitarian relief disaster disasters hurricane cyclone typhoon storm earthquake "
                    "earthquakes quake flood floods flooding famine hunger starvation refugees refugee displaced "
                    "tsunami drought victims survivors rescue rescuers homeless landslide landslides wildfire wildfires "
                    "evacuated evacuees fires blaze blazes firefighters firefighting fire-fighting eruption volcano "
                    "tornado epidemic cholera outbreak".split())
_LENDING = frozenset("budget loan loans debt debts deficit reform reforms imf fiscal reserves investment "
                     "investments bailout lender lenders creditor creditors arms weapons military".split())
_MIN_RELIEF = 4
# Items that name a financial instrument, not just an amount of money.
_INSTRUMENTS = frozenset("loan loans credit credits deposit deposits bailout bailouts budget swap swaps investment "
                         "investments bond bonds debt debts financing tranche tranches programme programmes program "
                         "facility facilities subsidies economic lending reserves".split())


def relief_story(sentences: Iterable[Sentence]) -> bool:
    """Is the report about a disaster or a humanitarian crisis?"""
    relief = lending = 0
    for sentence in sentences:
        words = sentence.lower_set  # most sentences hold no word of either list: no word to count
        if not words.isdisjoint(_RELIEF):
            relief += sum(word in _RELIEF for word in sentence.lowers)
        if not words.isdisjoint(_LENDING):
            lending += sum(word in _LENDING for word in sentence.lowers)
    return relief >= _MIN_RELIEF and relief > lending


def relief_money(flows: list[AidFlow], relief: bool) -> list[AidFlow]:
    """*flows* with plain money made humanitarian when the report is a relief story (*relief*, from
    :func:`relief_story`), and food given made humanitarian too (aid_food_aid)."""
    if relief:
        flows = [replace(f, categories=("humanitarian",)) if _plain_money(f) else f for f in flows]
    return food_aid(flows, relief)


def _plain_money(flow: AidFlow) -> bool:
    words = {w.strip(".,;:()\"'").lower() for w in flow.item.split()}
    return flow.categories == ("financial",) and not words & _INSTRUMENTS
