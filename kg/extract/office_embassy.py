"""The state of an ambassador that the embassy named around them gives.

Reports from a host capital let the embassy speak first and name its head with a bare title: "the
Japanese embassy said on Monday ... 'Japan stands with you,' Ambassador Kazuya Endo said." An
ambassador serves the sending state, so the embassy's state is theirs (gold rule O1: the state the
text ties the office to), never the host country or the capital around them. So an ambassador whose
office the text ties to no state holds it for the one state whose embassy ("the Japanese embassy",
"Japan's embassy", "the embassy of Japan") the text names in their sentence or the three before
it, when the text up to their sentence names no other state's embassy. Not an "ambassador to ..."
(whose own state is left unsaid), nor a title with a possessive right before it ("its ambassador").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_EMBASSY = frozenset(("embassy", "embassies"))
_POSSESSIVE = ("'s", "’s")
_OWNERS = frozenset("'s ’s his her its their whose".split())
_BEFORE = 3  # sentences before the ambassador's in which the embassy may be named


def _embassy_owner(sentence: Sentence, mention: Mention) -> bool:
    """True when *mention* names the state of an embassy: "Japanese embassy", "Japan's Embassy",
    "embassy of Japan", "Embassy of the Philippines"."""
    tokens = sentence.tokens
    after = mention.last
    if after < len(tokens) and tokens[after].text in _POSSESSIVE:
        after += 1
    if after < len(tokens) and tokens[after].lower in _EMBASSY:
        return True
    before = mention.first - 1
    if before >= 0 and tokens[before].lower == "the":
        before -= 1
    return before >= 1 and tokens[before].lower == "of" and tokens[before - 1].lower in _EMBASSY


def embassy_states(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> dict[int, set[EntityRef]]:
    """Sentence index -> the states whose embassy that sentence names."""
    found: dict[int, set[EntityRef]] = {}
    for mention in mentions:
        if mention.entity.kind == "state" and _embassy_owner(sentences[mention.sentence], mention):
            found.setdefault(mention.sentence, set()).add(mention.entity)
    return found


def with_embassy_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                        mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the embassy's state filled in for the untied ambassadors it gives one."""
    embassies = embassy_states(sentences, mentions)
    if not embassies:
        return finds
    out = []
    for find in finds:
        if find.titles and find.office_of is None and all(t.role == "ambassador" for t in find.titles):
            state = _state_for(find, sentences, embassies)
            if state is not None:
                find = replace(find, office_of=state)
        out.append(find)
    return out


def _state_for(find: PersonFind, sentences: tuple[Sentence, ...],
               embassies: dict[int, set[EntityRef]]) -> EntityRef | None:
    index = find.mention.sentence
    for title in find.titles:
        tokens = sentences[title.sentence].tokens
        if title.first > 0 and tokens[title.first - 1].lower in _OWNERS:
            return None  # "its ambassador", "Tokyo's ambassador": other rules read the owner
        if title.last < len(tokens) and tokens[title.last].lower == "to":
            return None  # "Ambassador to Japan Name": the embassy may be the host's
    so_far = set().union(*(states for i, states in embassies.items() if i <= index))
    near = set().union(*(states for i, states in embassies.items() if index - _BEFORE <= i <= index))
    return next(iter(near)) if len(so_far) == 1 and len(near) == 1 else None
