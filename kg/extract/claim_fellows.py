""""Indonesia and Australia signed a pact. The two sides, the joint statement said, would hold regular
consultations": a statement several states make together that names no one else is about their dealings,
so each is about the others (gold: a joint statement of the EU and Egypt is the EU's about Egypt and
Egypt's about the EU). Without this the claims have nothing to be about and give no key."""

from __future__ import annotations

from dataclasses import replace

from kg.model import Claim


def about_each_other(claims: list[Claim]) -> list[Claim]:
    """*claims* where those of one statement (same span) by several states, about nothing, are about each other."""
    speakers: dict[tuple, list] = {}
    for claim in claims:
        speakers.setdefault((claim.evidence.start, claim.evidence.end), []).append(claim.claimant)
    out = []
    for claim in claims:
        if claim.about or claim.claimant.kind != "state":
            out.append(claim)  # (most claims are about someone)
            continue
        fellows = [s for s in speakers[(claim.evidence.start, claim.evidence.end)]
                   if s.kind == "state" and s != claim.claimant]
        if fellows:
            claim = replace(claim, about=tuple(dict.fromkeys(fellows)))
        out.append(claim)
    return out
