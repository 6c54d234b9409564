""""Putin said the grain deal would not be revived ..., after talks with Turkish President Recep Tayyip
Erdogan": a setting set off by a comma at the end of a reported clause tells where or when it was said, not
what; the person met there is in the attribution frame (gold rule C3), not what the statement is about."""

from __future__ import annotations

from kg.extract.view import SentenceView

_OPENERS = frozenset("after during following at in before".split())
_MEETINGS = frozenset("talks meeting meetings visit call conversation summit conference news briefing "
                      "press".split())


def setting_at(view: SentenceView, j: int) -> bool:
    """Does the comma at *j* open a setting ("after talks with", "during a visit to", "at a news conference
    with") that runs to the end of the sentence?"""
    if view.lower[j] != "," or j + 2 >= len(view.tokens) or view.lower[j + 1] not in _OPENERS:
        return False
    k = j + 2
    while k < len(view.tokens) and k - j <= 5 and view.lower[k] in ("a", "an", "the", "his", "her", "their", "joint",
                                                                     "telephone", "phone", "video", "state", "official"):
        k += 1
    if k >= len(view.tokens) or view.lower[k] not in _MEETINGS:
        return False
    rest = view.lower[k + 1:]
    return ("with" in rest[:3] or "to" in rest[:2]) and not any(w in (",", ";", "that") for w in rest[:1])


def setting_tokens(view: SentenceView) -> set[int]:
    """The tokens of a closing setting ("..., after talks with Erdogan."): actors there are the frame."""
    if _MEETINGS.isdisjoint(view.sentence.lower_set):
        return set()  # a setting names a meeting (most sentences name none)
    start = next((j for j in range(1, len(view.tokens) - 2) if setting_at(view, j)), None)
    return set(range(start, len(view.tokens))) if start is not None else set()


def frame_tokens(view: SentenceView, first: int, last: int) -> set[int]:
    """Actors' tokens that are no part of what a statement (tokens *first*..*last*) is about: a closing
    setting's and, when the statement names others, a bygone state's demonym ("Soviet-era")."""
    from kg.extract.claim_historical import historical_demonyms

    return setting_tokens(view) | historical_demonyms(view, first, last) | companions(view, first, last)


_COMPANIONS = frozenset("with alongside".split())


def companions(view: SentenceView, first: int, last: int) -> set[int]:
    """Persons the speaker was with, outside what was said ('..., Macron told a joint news conference with his
    Indonesian counterpart, Prabowo Subianto'; 'speaking alongside President Claudia Sheinbaum')."""
    found = set()
    for mention in view.actors:
        if mention.entity.kind != "person" or first <= mention.first < last:
            continue
        k = mention.first - 1
        while k >= 0 and mention.first - k <= 6 and view.lower[k] not in _COMPANIONS and (
                view.lower[k] in (",", "his", "her", "their", "the", "'s", "’s", "counterpart") or k in view.actor_at
                or view.tokens[k].text[:1].isupper()):
            k -= 1
        if k >= 0 and view.lower[k] in _COMPANIONS and not first <= k < last:
            found.add(mention.first)
    return found


_SPANS = frozenset("a an one two three several few day days hour hours week weeks month months just only".split())


def later_speaker(view: SentenceView, j: int, verbs: dict[str, str]) -> bool:
    """Does the comma at *j* open a time clause in which another actor speaks ("..., a day after Washington
    said the first deliveries had arrived", ", hours after the Kremlin denied ...")? That statement is its
    speaker's own, not part of the one before."""
    if view.lower[j] != ",":
        return False
    k = j + 1
    while k < len(view.tokens) and k - j <= 4 and view.lower[k] in _SPANS:
        k += 1
    if k + 2 >= len(view.tokens) or view.lower[k] not in ("after", "before", "as", "when"):
        return False
    mention = view.actor_at.get(k + 1) or (view.actor_at.get(k + 2) if view.lower[k + 1] == "the" else None)
    if mention is None or view.possessive(mention):
        return False
    v = mention.last
    while v < len(view.tokens) and view.lower[v] in ("had", "has", "have", "also", "earlier", "first"):
        v += 1
    return v < len(view.tokens) and view.lower[v] in verbs
