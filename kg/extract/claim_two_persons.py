""""The two leaders", "both presidents", "the two men" inside what was said stand for the two persons last
named together (gold rule C3: persons referred to inside the reported content): "Putin and Vucic spoke by
phone. The Kremlin said both presidents had expressed satisfaction" is about Putin and Vucic. The two persons
named last, one sentence apart, were tried as well: they were often the wrong two (dev half B)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.cues import needs
from kg.extract.view import SentenceView
from kg.model import Claim

_PERSON_NOUNS = frozenset("leaders presidents ministers men premiers".split())


@needs("two", "both", nothing=False)
def _refers_to_two(view: SentenceView, first: int, last: int) -> bool:
    """Is there "the two leaders", "both presidents" (or "the two prime ministers") in tokens *first*..*last*?"""
    for k in range(first, last - 1):
        word = view.lower[k]
        if word not in ("two", "both") or (word == "two" and (k == 0 or view.lower[k - 1] != "the")):
            continue
        noun = k + 1 + (view.lower[k + 1] == "prime" and k + 2 < last)
        if view.lower[noun] in _PERSON_NOUNS and not (noun + 1 < len(view.tokens) and view.lower[noun + 1] in ("'", "’")):
            return True  # not "the two leaders' joint press conference": a frame, no one referred to
    return False


def two_persons(claim: Claim, view: SentenceView, first: int, last: int, groups: list) -> Claim:
    """*claim* about the two persons "the two leaders" in tokens *first*..*last* stands for: the two persons
    last named together (*groups*, oldest first), else the only two this sentence names before what was said
    ("Putin told Vucic that the two presidents ..."); the claimant is never about itself."""
    if not _refers_to_two(view, first, last):
        return claim
    pair = next((refs for refs in reversed(groups) if len(refs) == 2 and refs[0].kind == "person"), None)
    if pair is None:
        here = tuple(dict.fromkeys(m.entity for m in view.actors if m.entity.kind == "person" and m.first < first))
        pair = here if len(here) == 2 else ()
    extra = tuple(ref for ref in pair if ref != claim.claimant and ref not in claim.about)
    return replace(claim, about=(*claim.about, *extra)) if extra else claim
