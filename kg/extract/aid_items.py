"""The item span of a flow, trimmed of what is not the goods: leading function words ("a", "its",
"further"), offer wording ("offers to help build") and the vehicles that carry the cargo ("two planes
carrying 150 tons of aid")."""

from __future__ import annotations

from kg.extract.dates import MONTH_NAMES
from kg.extract.lexicon import AidLexicon
from kg.extract.view import SentenceView

_LEADING_JUNK = frozenset(
    "a an the its their his her our some more further additional new both and , along with also such as "
    "of joint jointly in".split()
)


_MONTHS = frozenset(MONTH_NAMES) | frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. aug. sep. sept. oct. nov. dec.".split())
_DASHES = frozenset("- – —".split())
_ANSWERED = frozenset("offer offers proposal proposals request move step sum figure".split())


def clean_item(view: SentenceView, first: int, last: int, lexicon: AidLexicon) -> tuple[int, int]:
    """Trim leading function words, offer wording and cargo vehicles from an item span."""
    tokens = view.lower
    if first + 3 < last and tokens[first] in _MONTHS and tokens[first + 1].isdigit() and tokens[first + 2] in _DASHES:
        first += 3  # "Aug 28 - A tanker carrying 30,000 tonnes of fuel oil": the dateline is no part of the item
    if tuple(tokens[first:first + 2]) == ("up", "to"):
        first += 2  # "held out up to €900 million": an amount's bound
    while first < last and (tokens[first] in _LEADING_JUNK or first in view.actor_at
                            or tokens[first] in ('"', "“", "”", "'s", "’s")
                            or _made_by(view, first, last)) and not _bound(tokens, first, last):
        first += 1 + (tokens[first] == "-")  # (and the rest of "Chinese-built": "-built trains" is "trains")
    # "offers to help build its own air defense system", "offers for an early warning system"
    if first + 1 < last and tokens[first] in ("offers", "offer", "proposals", "proposal"):
        j = first + 1
        if j < last and tokens[j] in ("to", "for", "of"):
            infinitive = tokens[j] == "to"  # ("an offer of help": the noun is the item)
            j += 1
            while j < last and (infinitive and tokens[j] in ("help", "build", "complete", "supply", "provide", "sell", "develop")
                                or tokens[j] in _LEADING_JUNK or tokens[j] == "own"):
                j += 1
            first = j
    # "aircraft laden with food", "two planes carrying 150 tons of aid": the item is the cargo.
    vehicle = next((v for v in range(first, min(last, first + 3)) if tokens[v] in lexicon.vehicles), None)
    if vehicle is not None:
        for link in lexicon.cargo_links:
            n = len(link)
            for j in range(vehicle + 1, min(last, vehicle + 3)):
                if tuple(tokens[j:j + n]) == link:
                    first = j + n
                    break
            else:
                continue
            break
    while first < last and tokens[first] in _LEADING_JUNK and not _bound(tokens, first, last):
        first += 1
    last = next((c for c in range(first + 1, last - 2) if tokens[c] == "," and tokens[c + 1] in ("a", "an", "the", "that")
                 and tokens[c + 2] in _ANSWERED), last)  # "oil, a proposal Berlin has not taken up": an aside on it
    while last > first + 1 and (tokens[last - 1] in (",", "and", "offer", "offers", "the", "'s", "’s")
                                or tokens[last - 1] in _TRAILING_VERBS):
        last -= 1  # (and a subject's auxiliaries: "900 million kilowatt-hours of electricity are to")
    return first, last


_TRAILING_VERBS = frozenset("is are was were be been being to will would shall has have had reportedly allegedly already also "
                            "still".split())  # "Ukrainian power had reportedly been going to Romania": "power"


def _made_by(view: SentenceView, at: int, last: int) -> bool:
    """Does "-made"/"-built" at *at* follow the actor that made the goods ("Chinese-built trains")?"""
    return at + 1 < last and view.lower[at] == "-" and at - 1 in view.actor_at and view.lower[at + 1].isalpha() \
        and view.tokens[at].start == view.tokens[at - 1].end


def _bound(tokens, at: int, last: int) -> bool:
    """Does a quantity's bound start at *at*: "more than 300 tanks" keeps its "more"."""
    return tokens[at] == "more" and at + 2 < last and tokens[at + 1] == "than"
