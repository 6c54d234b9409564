"""Where a reported clause ends because another speaker takes over: "The Herald reported that ..., but
President Trump denied that ..." -- the second statement is not part of the first."""

from __future__ import annotations

from kg.extract.claim_cues import assertion_rejected, trailing_attribution
from kg.extract.claim_setting import later_speaker, setting_at
from kg.extract.view import SentenceView


_DENIED_OBJECTS = frozenset("which something".split())
_BETWEEN = frozenset("has have had also repeatedly consistently strongly flatly always vehemently".split())


def denied_after(view: SentenceView, at: int, n: int, verbs: dict[str, str]) -> bool:
    """", which Moscow denies", ", something Tehran has repeatedly denied" from token *at*: a denial set off
    after what it denies, by a named speaker of its own."""
    if at + 2 >= n or view.lower[at] not in _DENIED_OBJECTS:
        return False
    k = at + 1 + (view.lower[at + 1] == "the")
    mention = view.actor_at.get(k)
    if mention is None:
        return False
    k = mention.last
    while k + 1 < n and view.lower[k] in ("and", ",") and view.tokens[k + 1].text[:1].isupper():
        k = view.actor_at[k + 1].last if k + 1 in view.actor_at else k + 2  # "which Accra and Abidjan deny"
    while k < n and view.lower[k] in _BETWEEN:
        k += 1
    return k < n and verbs.get(view.lower[k]) == "denies"


def next_statement(view: SentenceView, first: int, n: int, verbs: dict[str, str], assertion_nouns: frozenset[str]) -> int:
    """The end of the statement that starts at *first*: the break before another speaker's statement, else *n*."""
    for j in range(first, n - 2):
        if view.lower[j] not in (",", ";"):
            continue  # every break below is at a comma or a semicolon
        if (view.lower[j] == ";" or (view.lower[j] == "," and view.lower[j + 1] in ("but", "while", "whereas"))) \
                and any(view.lower[k] in verbs and (k - 1) in view.actor_at for k in range(j + 2, min(j + 12, n))):
            return j
        if view.lower[j] == "," and view.lower[j + 1] in ("but", "while", "whereas") and j + 2 in view.actor_at \
                and any(view.lower[k] in verbs for k in range(j + 3, min(j + 20, n))):
            return j  # "..., while Maria Zakharova, the ministry's spokeswoman, said ...": another speaker
        if view.lower[j] == "," and denied_after(view, j + 1, n, verbs):
            return j  # "..., which Russia denies": the denial is its speaker's own statement
        if view.lower[j] == "," and assertion_rejected(view, j + 1, assertion_nouns, verbs):
            return j  # "..., a claim that Moscow rejected": the rejection is its speaker's own statement
        if view.lower[j] == "," and trailing_attribution(view, j + 1, n, verbs):
            return j  # "Xi said China would invest more, the foreign minister said.": the minister relays Xi
        if setting_at(view, j) or later_speaker(view, j, verbs):
            return j  # "..., after talks with Turkish President Recep Tayyip Erdogan": where it was said;
            # "..., a day after Washington said ...": another speaker's statement
    return n
