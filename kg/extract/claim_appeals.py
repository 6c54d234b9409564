"""Appeals as statements: "Henry appealed for international support", "Zelensky appealed to allies to send air
defence". Only in these frames: "appealed the ruling" (a court appeal) or a bare "both appealed" says nothing
(gold rule C1). ("pressed X to ...", read the same way, lowered stance on both dev halves: left out.)"""

from __future__ import annotations

from kg.extract.view import SentenceView

APPEAL_VERBS = frozenset("appealed appeals".split())


def unframed_appeal(view: SentenceView, j: int) -> bool:
    """Is the appeal verb at *j* outside the frames that make it a statement ("appealed for", "appealed to")?"""
    return view.lower[j] in APPEAL_VERBS and view.lower[j + 1:j + 2] not in (("for",), ("to",))
