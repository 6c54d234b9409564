"""A person's words relayed by an outlet in the same sentence: "Kobakhidze said Georgia would be ready by
2030, Xinhua news agency reported." The person is the claimant and the statement comes second-hand
(gold rules C2 and C5, as for "..., according to The Japan Times"); the outlet makes no claim of its own, nor
do unnamed media ("..., Rutte said on Friday, local media reported")."""

from __future__ import annotations

import re

_AGENCY_SAID = r"(?:\s+(?:news|state|official|press))?\s+(?:agency|newspaper|daily|broadcaster|channel|outlet|tabloid)" \
               r"\s+(?:said|says|wrote|writes)\b"


def agency_said(text: str, speaker) -> bool:
    """"..., Xinhua news agency said": the organisation *speaker* speaks in *text* as an outlet by its noun."""
    return speaker.kind == "organisation" and re.search(re.escape(speaker.label) + _AGENCY_SAID, text) is not None


def relayed(found: list, text: str = "") -> tuple[list, set]:
    """*found* (speaker, first, last, cue) claims of one sentence (its *text*) without the outlet reports that
    only carry a person's claim, and the (first, last) spans of the person claims they carried."""
    carried: set = set()
    kept = []
    for claim in found:
        speaker, first, last, cue = claim
        inner = [c for c in found if c is not claim and c[0].kind == "person" and first <= c[1] and c[2] <= last]
        if inner and ((cue == "outlet" or agency_said(text, speaker)) and speaker.kind == "organisation"
                      or _media_group(speaker)):  # "..., Rutte said on Friday, news outlets reported"
            carried |= {c[1:3] for c in inner}
            continue
        kept.append(claim)
    return kept, carried


_MEDIA_WORDS = frozenset("media outlets outlet press newspapers papers broadcasters reports report tv television".split())


def _media_group(speaker) -> bool:
    """Is *speaker* unnamed media ("news outlets", "local media", "state media reports")?"""
    return speaker.kind == "group" and speaker.label.lower().split()[-1:] != [] \
        and speaker.label.lower().split()[-1] in _MEDIA_WORDS
