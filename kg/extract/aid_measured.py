"""A measured amount of goods as the subject of a passive supply verb: "Up to 1.2 billion cubic metres a
year is to be sent in the first phase", "A further 200,000 tonnes will be shipped before winter", "3.05 billion euros ($3.5 billion) be paid
out". The
amount stands for the goods of the flow in hand (its giver and getter from the discourse context); the
verb gives its stage."""

from __future__ import annotations

from kg.extract.view import SentenceView

_UNITS = frozenset("tonnes tons tonne ton barrels barrel cubic metres meters bcm litres liters gallons "
                   "megawatts doses cargoes shipments euros dollars pounds yuan yen roubles rubles crowns francs "
                   "riyals dirhams rupees".split())
_SCALES = frozenset("thousand million billion trillion bn mn m".split())
_FILLERS = frozenset("up to about around some roughly nearly almost more than over a an the further another "
                     "additional extra year day month week per each".split())


def measured_subject(view: SentenceView, first: int, last: int) -> bool:
    """Is tokens[first:last] an amount with a unit and nothing else ("up to 2 billion cubic metres a year")?"""
    words = view.lower[first:last]
    if not words or not any(w[:1].isdigit() for w in words) or not set(words) & _UNITS:
        return False
    return all(w[:1].isdigit() or w in _UNITS or w in _SCALES or w in _FILLERS or w in ("$", "€", "£", ",", "(", ")")
               for w in words)  # "3.05 billion euros ($3.5 billion)"


def up_to_amount(view: SentenceView, at: int) -> bool:
    """Is the "up" at *at* the start of "up to" an amount ("held out up to €900 million"), not a particle
    ("gave up")?"""
    n = len(view.tokens)
    return at + 2 < n and view.lower[at] == "up" and view.lower[at + 1] == "to" and view.amount_at(at + 2)
