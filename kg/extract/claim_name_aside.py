""""Xinhua, in its account of the talks, said ...", "China's official Xinhua news agency, in a commentary,
said ...", "The state news agency KUNA, in a brief report, said ...": an outlet or body the gazetteers do
not know, named right before an aside set off by commas, is the speaker of the verb after the aside."""

from __future__ import annotations

from kg.extract.claim_cues import source_name
from kg.extract.view import SentenceView
from kg.model import EntityRef

_OPENERS = frozenset("in on at for however meanwhile though too speaking writing".split())
_NOUNS = frozenset("news agency newspaper daily paper broadcaster channel outlet website magazine".split())
_AUXILIARIES = frozenset("has have had also".split())
_REACH = 12


def name_before_aside(view: SentenceView, verb: int) -> tuple[EntityRef, int, bool] | None:
    """(the name before the aside, where it starts, whether an outlet's noun follows the name: "Xinhua news
    agency") for the verb at *verb*, or None."""
    comma = verb - 1
    while comma > 0 and verb - comma <= 2 and view.lower[comma] in _AUXILIARIES:
        comma -= 1
    if comma < 2 or view.lower[comma] != ",":
        return None
    opening = next((k for k in range(comma - 1, max(0, comma - _REACH), -1) if view.lower[k] == ","), None)
    if opening is None or opening < 1 or view.lower[opening + 1] not in _OPENERS:
        return None
    k = opening - 1
    while k > 0 and view.lower[k] in _NOUNS and view.tokens[k].text.islower():
        k -= 1  # "Xinhua news agency"
    if k in view.actor_at or not view.tokens[k].text[:1].isupper():
        return None
    found = source_name(view, k, -1)
    outlet = k < opening - 1 or (found is not None and found[1] > 0 and view.lower[found[1] - 1] in _NOUNS)
    return (found[0], found[1], outlet) if found is not None else None  # "the state news agency KUNA": an outlet
