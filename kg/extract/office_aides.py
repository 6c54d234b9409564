"""The state of an aide's office that the person they serve gives.

"Chancellor Olaf Scholz shares that view, his spokesman Steffen Hebestreit told reporters": a title
after "his" or "her" names the aide of the person the pronoun refers to (the last person named
before it in the sentence, else the last one of the sentence before, in the same paragraph), and an
aide serves the state that person's office is tied to. Runs after every other rule has tied what it
can, so the principal's state may come from any of them.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_PRONOUNS = frozenset("his her".split())


def pronoun_aides(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                  mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the principal's state filled in for "his spokesman Name" and the like."""
    states: dict[str, set[EntityRef]] = {}
    for find in finds:
        if find.titles and find.office_of is not None and find.office_of.kind == "state":
            states.setdefault(find.mention.entity.key, set()).add(find.office_of)
    persons_in: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity.kind == "person":
            persons_in.setdefault(mention.sentence, []).append(mention)
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            principal = _principal(find, sentences, persons_in)
            held = states.get(principal, set()) if principal else set()
            if len(held) == 1:
                find = replace(find, office_of=next(iter(held)))
        out.append(find)
    return out


def _principal(find: PersonFind, sentences: tuple[Sentence, ...], persons_in: dict[int, list[Mention]]) -> str | None:
    """The key of the person "his" or "her" before the find's title refers to, or None."""
    index = find.mention.sentence
    first = min(t.first for t in find.titles)
    if first == 0 or sentences[index].tokens[first - 1].lower not in _PRONOUNS:
        return None
    own = find.mention.entity.key
    before = [m for m in persons_in.get(index, []) if m.last <= first - 1 and m.entity.key != own]
    if not before and index > 0 and sentences[index - 1].block == sentences[index].block:
        before = [m for m in persons_in.get(index - 1, []) if m.entity.key != own]
    return max(before, key=lambda m: m.first).entity.key if before else None
