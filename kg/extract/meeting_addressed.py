"""An event named as the audience of a speaker: "..., the minister told a business forum in the capital",
"addressed a conference in Doha". The speaker spoke there; what he reported ("The two countries signed ...")
names no side of it, so the event is a meeting only where the text names the body that holds it ("told a
NATO meeting": M2, the speaker meets NATO)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_SPOKE = frozenset("told tells addressed addresses addressing".split())
_DETERMINERS = frozenset("a an the this".split())


def audience(view: SentenceView, first: int) -> bool:
    """Is the event noun at *first* the object of "told"/"addressed", with no body named in between?"""
    for j in range(first - 1, max(-1, first - 5), -1):
        if j in view.actor_at:
            return False  # "told a NATO meeting": the body's meeting
        if view.lower[j] in _DETERMINERS:
            return j > 0 and view.lower[j - 1] in _SPOKE
        if not view.tokens[j].text.isalpha():
            return False
    return False
