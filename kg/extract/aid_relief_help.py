"""Help with no goods named, in a relief story, is humanitarian: "Uruguay offered help to Brazil" in a report
about floods, "all offers of assistance are welcome" after an earthquake. A flow left with no kind ("other",
after aid_categories has passed on the kinds of the same giver's or getter's other flows) takes the
humanitarian category when the report is about a disaster or a humanitarian crisis
(aid_relief_money.relief_story)."""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from kg.extract.aid_relief_money import relief_story
from kg.model import AidFlow, Sentence

_UNKNOWN = ("other",)


def relief_help(flows: list[AidFlow], sentences: Iterable[Sentence]) -> list[AidFlow]:
    """*flows* with the kindless ones made humanitarian in a relief story."""
    if not any(f.categories == _UNKNOWN for f in flows) or not relief_story(sentences):
        return flows
    return [replace(f, categories=("humanitarian",)) if f.categories == _UNKNOWN else f for f in flows]
