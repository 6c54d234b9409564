"""Figures attributed with "by X's count": "..., by the ministry's account", "By Kyiv's count, ...",
"By its own tally, ...". The owner of the count is the claimant (gold rule C1: an attributed statement),
whether a person, a state, a body named before ("the ministry's") or the body quoted last ("its")."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_speaker_bodies import name_with_state
from kg.extract.cues import needs
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

COUNT_NOUNS = frozenset("account count counts estimate estimates tally reckoning calculation calculations".split())
_OWNED = ("'s", "’s")


def _owner(view: SentenceView, k: int, described_at: Callable[[int], EntityRef | None],
           speaker_of: Callable[[Mention], EntityRef], institution, body: EntityRef | None) -> tuple[EntityRef | None, int] | None:
    """Whose count starts at token *k* (right after "by"): (owner, the token after its "'s" or pronoun); the
    owner of "its" is *body* here, None when nobody was quoted."""
    n = len(view.tokens)
    if view.lower[k] in ("its", "their"):
        return body, k + 1  # "by its own count": the clause's subject, else the body quoted last (read below)
    at = k + (view.lower[k] == "the" and k + 1 < n)
    mention = view.actor_at.get(at)
    if mention is not None:
        named = institution(view, mention)
        if named is not None and named[1] < n and view.lower[named[1]] in _OWNED:
            return named[0], named[1] + 1  # "by the Jordanian army's count": the army, not Jordan
        if mention.last < n and view.lower[mention.last] in _OWNED:
            return speaker_of(mention), mention.last + 1  # "by Kyiv's count", "by UNICEF's estimate"
        return None
    if at > k and at + 1 < n and view.lower[at + 1] in _OWNED and view.tokens[at].text.isalpha():
        found = described_at(at)  # "by the ministry's account": the ministry named before
        return (found, at + 2) if found is not None else None
    return None


@needs(lambda: COUNT_NOUNS)
def by_count(view: SentenceView, described_at: Callable[[int], EntityRef | None],
             speaker_of: Callable[[Mention], EntityRef], institution, body: EntityRef | None):
    """(speaker, first, last, cue) of a sentence opened by "By X's count," or closed by ", by X's count";
    else None."""
    n = len(view.tokens)
    for j in range(n - 3):
        if view.lower[j] != "by" or (j > 0 and view.lower[j - 1] != ","):
            continue  # "paid by Iraq's count" is no attribution; the phrase is set off or opens the sentence
        owner = _owner(view, j + 1, described_at, speaker_of, institution, body)
        if owner is None:
            continue
        speaker, k = owner
        k += k < n and view.lower[k] == "own"
        if k >= n or view.lower[k] not in COUNT_NOUNS:
            continue
        if view.lower[j + 1] in ("its", "their"):  # "The Red Crescent put the toll at 300, by its own count"
            speaker = _subject(view, k + 2 if j == 0 else 0, speaker_of, institution) or speaker
        if speaker is None:
            continue
        cue = "neutral" if speaker.kind == "person" else "reported"
        end = k + 1
        if j == 0 and end + 1 < n and view.lower[end] == ",":
            return speaker, end + 1, n, cue  # "By Kyiv's count, Iran has sent ..."
        if j > 2 and (end >= n or view.lower[end] in (".", ";")):
            return speaker, _past_aside(view, j - 1), j - 1, cue  # "..., by the ministry's account."
    return None


def _subject(view: SentenceView, at: int, speaker_of, institution) -> EntityRef | None:
    """The body or state opening the clause at *at* ("the Libyan Red Crescent put ..."), or None."""
    at += at < len(view.tokens) and view.lower[at] == "the"
    mention = view.actor_at.get(at)
    if mention is None or mention.entity.kind == "person":
        return None
    named = institution(view, mention)
    if named is not None:
        return named[0]
    end = mention.last
    while end < len(view.tokens) and view.tokens[end].text[:1].isupper() and view.tokens[end].text.isalpha():
        end += 1
    if end > mention.last:  # "the Libyan Red Crescent": the body of that name, not Libya
        return name_with_state(view, mention, end)
    return None if view.possessive(mention) else speaker_of(mention)


def _past_aside(view: SentenceView, end: int) -> int:
    """Where the counted statement before *end* starts: after a relative aside on its subject ("Egypt, whose
    economy has been battered by the wars in Gaza and Sudan, hosts ...": the author's description), else 0."""
    opening = next((k for k in range(1, min(end, 6)) if view.lower[k] == ","), None)
    if opening is None or view.lower[opening + 1] not in ("who", "which", "whose"):
        return 0
    closing = next((k for k in range(opening + 2, end) if view.lower[k] == ","), None)
    return closing + 1 if closing is not None and end - closing > 3 else 0
