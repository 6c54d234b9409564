"""An absolute "with" clause that makes someone speak: "The talks ended without a deal, with Russia saying it
would not withdraw", "Prices rose, with analysts saying ...", "..., with the State Department calling it
'deeply concerning'". The one named after "with" speaks (gold rule C1), not the sentence's subject."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_cues import GROUP_SPEAKERS, commitment_frame, group
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_COMMITS = frozenset("vowing promising pledging".split())  # "with X pledging $2bn" is a flow
_BREAKS = frozenset(", ; . ( ) : –".split()) | {"—"}
_REACH = 6  # "with" and the speaker's words before the participle: "with the US State Department"


def with_participle(view: SentenceView, j: int, stances: dict[str, str], speaker_of: Callable[[Mention], EntityRef],
                    body_of: Callable[[SentenceView, Mention], tuple[EntityRef, int] | None]):
    """At a participle *j* after ", with <speaker>": (speaker, first, last, stance) of what it says, else None."""
    stance = stances.get(view.lower[j])
    if stance is None or (view.lower[j] in _COMMITS and not commitment_frame(view, j)):
        return None
    at = next((k for k in range(j - 1, max(0, j - _REACH) - 1, -1) if view.lower[k] == "with"), None)
    if at is None or at < 2 or view.lower[at - 1] != "," or at + 1 >= j:
        return None
    speaker = _named(view, at + 1, j, speaker_of, body_of)
    return None if speaker is None else said_after(view, j, speaker, stance)


def said_after(view: SentenceView, j: int, speaker: EntityRef, stance: str) -> tuple | None:
    """(speaker, first, last, stance) of what the participle at *j* says: the words after it (past a "that")
    up to the next break, at least two of them; else None."""
    first = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "that")
    last = next((k for k in range(first, len(view.tokens)) if view.lower[k] in _BREAKS and k > first + 2),
                len(view.tokens))
    return (speaker, first, last, stance) if last - first >= 2 else None


def _named(view: SentenceView, start: int, end: int, speaker_of: Callable[[Mention], EntityRef],
           body_of: Callable[[SentenceView, Mention], tuple[EntityRef, int] | None]) -> EntityRef | None:
    """The speaker named in tokens *start*..*end*: one actor filling the phrase, else a group noun ending it."""
    k = start + (view.lower[start] == "the")
    mention = view.actor_at.get(k)
    if mention is not None and mention.first == k:
        body = body_of(view, mention)
        if body is not None and body[1] == end:
            return body[0]  # "with Japan's foreign ministry saying"
        return speaker_of(mention) if mention.last == end else None
    if view.lower[end - 1] in GROUP_SPEAKERS and not any(x in view.actor_at for x in range(start, end - 1)):
        return group(view, end - 1)  # "with analysts saying", "with some economists warning"
    return None
