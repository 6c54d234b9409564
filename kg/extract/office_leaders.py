"""The state of a head of state or government that a later "the Turkish leader" gives.

News English names a leader with a bare title ("President Tayyip Erdogan") and then refers back to
them by nationality: "Erdogan and Saudi Crown Prince Mohammed bin Salman attended the signing. The
Turkish leader had landed in Jeddah on Monday." A definite "the DEMONYM leader" (also "STATE's
leader", or a head title in place of "leader": "the Brazilian president") with no name after it refers
to a head of state or government named just before, in its own sentence or the two before it in the
paragraph; when exactly one such person has no state yet (the others being tied to other states),
their head office is that state's. Any title works the same way when the text names only one holder
of it: "Reporters later asked the Swedish defence minister" ties the one defence minister named.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence, Title

_POSSESSIVE = ("'s", "’s")
_WINDOW = 2  # sentences before the phrase, within the paragraph


def _phrases(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
             titles: tuple[Title, ...]) -> list[tuple[int, int, EntityRef, str | None]]:
    """(sentence, token, state, role) of each "the Turkish leader" (role None) / "Brazil's president" /
    "the German defence minister" with no name after."""
    heads = {(t.sentence, t.first): t for t in titles}
    found = []
    for mention in mentions:
        if mention.entity.kind != "state":
            continue
        tokens = sentences[mention.sentence].tokens
        at = mention.last
        if mention.how == "demonym":
            if mention.first == 0 or tokens[mention.first - 1].lower != "the":
                continue
        elif at < len(tokens) and tokens[at].text in _POSSESSIVE:
            at += 1
        else:
            continue
        if at >= len(tokens):
            continue
        title = heads.get((mention.sentence, at))
        end = title.last if title is not None else at + 1
        if (title is None and tokens[at].lower != "leader") or (end < len(tokens) and tokens[end].text[:1].isupper()):
            continue
        found.append((mention.sentence, mention.first, mention.entity, title.role if title is not None else None))
    return found


def leaders_referred(finds: list[PersonFind], sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                     titles: tuple[Title, ...]) -> list[PersonFind]:
    """*finds* with the state of the head that a later "the Turkish leader" refers to filled in."""
    heads: dict[str, set[EntityRef | None]] = {}
    holders: dict[str, dict[str, set[EntityRef | None]]] = {}
    for find in finds:
        if any(t.head for t in find.titles):
            heads.setdefault(find.mention.entity.key, set()).add(find.office_of)
        for title in find.titles:
            holders.setdefault(title.role, {}).setdefault(find.mention.entity.key, set()).add(find.office_of)
    named: dict[str, EntityRef] = {}
    roles: dict[str, str] = {}
    for index, first, state, role in _phrases(sentences, mentions, titles):
        held = holders.get(role or "", {})
        if len(held) == 1:  # "the German chancellor": the one chancellor the text names
            key, states = next(iter(held.items()))
            if states == {None}:
                named.setdefault(key, state)
                roles.setdefault(key, role or "")
            continue
        if role is not None and not any(t.head for t in titles if t.sentence == index and t.role == role):
            continue
        block = sentences[index].block
        window = {m.entity.key for m in mentions if m.entity.kind == "person" and m.entity.key in heads
                  and index - _WINDOW <= m.sentence <= index and sentences[m.sentence].block == block
                  and (m.sentence < index or m.last <= first)}
        if any(state in heads[key] for key in window):
            continue  # the phrase names a leader the text already ties to this state
        open_ = [key for key in window if heads[key] == {None}]
        if len(open_) == 1:
            named.setdefault(open_[0], state)
    return [replace(f, office_of=named[f.mention.entity.key])
            if f.office_of is None and f.mention.entity.key in named and any(
                t.head if f.mention.entity.key not in roles else t.role == roles[f.mention.entity.key]
                for t in f.titles) else f
            for f in finds]
