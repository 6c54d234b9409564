"""A state body the article names with its state's short name in front ("the U.S. State Department", "the US
State Department") keeps that name wherever it speaks, also where a later sentence drops the prefix ("the State
Department said"): organisations are recorded by the name as written, the fullest the article gives
(tests/data/gold/README.md, field values)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.gazetteer import slug
from kg.model import Claim, EntityRef, Sentence

_PREFIXES = ("U.S.", "US", "U.S", "United States")


def prefixed_names(claims: list[Claim], sentences: tuple[Sentence, ...], institutions: frozenset[str]) -> list[Claim]:
    """*claims* with each institution claimant ("State Department") renamed to the prefixed form the
    article writes ("U.S. State Department"), when it writes one."""
    labels = {c.claimant.label for c in claims if c.claimant.kind == "organisation" and c.claimant.label in institutions}
    if not labels:
        return claims
    text = "\n".join(s.text for s in sentences)
    renamed: dict[str, EntityRef] = {}
    for label in labels:
        found = re.search(r"(?<![\w.])(" + "|".join(re.escape(p) for p in _PREFIXES) + r") (?i:" + re.escape(label)
                          + r")\b", text)  # "the US state department": the prefix as capitalised, the name in any case
        if found is not None:
            name = found.group(0)
            renamed[label] = EntityRef("organisation", slug(name), name)
    return [replace(c, claimant=renamed[c.claimant.label]) if c.claimant.kind == "organisation"
            and c.claimant.label in renamed else c for c in claims]

