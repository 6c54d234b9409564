""""The Saudi Fund for Development said ... The fund said ...": a body mention that is only a lower-case
description ("the fund", "the agency") names the body quoted before with that word in its name, so the
claimant keeps that name as written (gold rule C2), not the bare noun."""

from __future__ import annotations

from kg.model import EntityRef


def named_before(speaker: EntityRef, sources: list[EntityRef]) -> EntityRef:
    """The body quoted last whose name holds the description's noun, else *speaker* as it is."""
    label = speaker.label.removeprefix("The ").removeprefix("the ")  # "The fund said"
    words = label.split()
    if speaker.kind == "organisation" and len(words) == 2 and words[0][:1].isupper() and words[1].islower():
        return next((ref for ref in reversed(sources) if ref.kind == "organisation" and len(ref.label.split()) > 2
                     and ref.label.split()[0] == words[0] and ref.label.lower().split()[-1] == words[1]), speaker)
        # "the Kazakh ministry said" after "the Kazakh energy ministry": that ministry, by its fuller name
    if speaker.kind != "organisation" or len(words) != 1 or not label.islower():
        return speaker
    return next((ref for ref in reversed(sources) if ref.kind == "organisation"
                 and words[0] in ref.label.lower().split()), speaker)
