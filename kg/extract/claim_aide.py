"""A speaker described as someone's aide: "A senior aide to President Ilham Aliyev argued ...", "an
adviser to the prime minister said ...". The one the aide works for is named only to say whose aide
it is; the aide speaks, an unnamed speaker recorded by the words that describe it (gold rule C2:
generic speakers are recorded by their words), never the person or state served."""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_AIDES = frozenset("aide aides adviser advisers advisor advisors confidant confidants".split())
_DETERMINERS = frozenset("a an the one two several".split())
_CHUNK_ENDS = frozenset(', . ; : " “ ” ( )'.split())
_REACH = 8  # tokens from "to" to the verb: "to Turkish President Recep Tayyip Erdogan"
_AUXILIARIES = frozenset("has have had also later".split())


@needs(lambda: _AIDES)
def aide_speaker(view: SentenceView, verb: int) -> tuple[EntityRef, int] | None:
    """(the aide, where its description starts) when the clause of the speech verb at *verb* opens with
    "(a) (senior) aide to <someone>", else None."""
    start = verb
    while start > 0 and view.lower[start - 1] not in _CHUNK_ENDS:
        start -= 1
    k = start + (start < verb and view.lower[start] in _DETERMINERS)
    first = k
    while k < verb and view.lower[k] not in _AIDES and view.tokens[k].text.isalpha() and view.tokens[k].text.islower() \
            and k - first < 2:
        k += 1  # "senior", "top", "close"
    if k >= verb or view.lower[k] not in _AIDES or k + 1 >= verb or view.lower[k + 1] != "to":
        return None
    end = verb
    while end > k and view.lower[end - 1] in _AUXILIARIES:
        end -= 1
    if end - (k + 2) > _REACH or not any(k + 1 < x < end for x in view.actor_at):
        return None  # the one served must be named right there, up to the verb
    name = " ".join(view.tokens[x].text for x in range(first, k + 1))
    return EntityRef("group", slug(name), name), start


def aide_frame(view: SentenceView, speaker: EntityRef) -> set[int]:
    """The tokens naming whom the aide *speaker* serves ("to President Ilham Aliyev"): the attribution
    frame, which a statement is never about (gold rule C3)."""
    if speaker.kind != "group" or speaker.label.split()[-1].lower() not in _AIDES:
        return set()
    for k in range(len(view.tokens) - 1):
        if view.lower[k] in _AIDES and view.lower[k + 1] == "to":
            end = k + 2
            while end < len(view.tokens) and end - k <= _REACH + 2 and view.lower[end] not in _CHUNK_ENDS \
                    and (view.tokens[end].text[:1].isupper() or view.lower[end] in ("the", "'s", "’s")
                         or end in view.actor_at):
                end += 1
            return set(range(k + 2, end))
    return set()
