"""The body a person speaker heads, named in an appositive title: "The head of the International Atomic
Energy Agency, Rafael Grossi, said ...", "Cindy McCain, the executive director of the World Food
Programme, said ...". The body only describes the speaker (gold rule C3: entities only in the attribution
frame are not what the claim is about), as "IAEA chief Rafael Grossi" or "the WFP's director" do."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_LONGEST_TITLE = 4  # lower-case words between "the" and "of": "executive director", "deputy secretary general"
_TITLE_LINKS = frozenset("of at for".split())  # "the head of", "a spokesperson at", "the envoy for"


def title_bodies(view: SentenceView, speaker: EntityRef) -> set[int]:
    """The first tokens of organisations named in *speaker*'s appositive title, right before or after the
    speaker's name and set off by commas."""
    if speaker.kind != "person":
        return set()
    found: set[int] = set()
    for name in (m for m in view.actors if m.entity == speaker):
        before = name.first - 1  # "The head of the IAEA, Rafael Grossi,"
        if before > 0 and view.lower[before] == "," and (body := view.actor_at.get(before - 1)) is not None \
                and _titled(view, body.first):
            found.add(body.first)
        k = name.last  # "Rafael Grossi, the head of the IAEA,"
        if k < len(view.tokens) and view.lower[k] == ",":
            for body in view.actors:
                if body.first > k and body.entity.kind == "organisation" and _titled(view, body.first) \
                        and _title_start(view, body.first) == k + 1:
                    found.add(body.first)
    return found


def _titled(view: SentenceView, first: int) -> bool:
    """Does an organisation starting at *first* follow "<title words> of (the)"?"""
    return view.actor_at[first].entity.kind == "organisation" and _title_start(view, first) is not None


def _title_start(view: SentenceView, first: int) -> int | None:
    """Where "the head of (the)" before token *first* starts (its "the" or "a"), or None."""
    k = first - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    if k < 1 or view.lower[k] not in _TITLE_LINKS:
        return None
    words = 0
    k -= 1
    while k >= 0 and view.tokens[k].text.isalpha() and view.tokens[k].text.islower() \
            and view.lower[k] not in ("the", "a", "an") and words < _LONGEST_TITLE:
        k -= 1
        words += 1
    if words == 0 or k < 0 or view.lower[k] not in ("the", "a", "an"):
        return None
    return k
