"""The state of an office that "its" before the title refers back to.

"Neighbouring Slovakia has raised the stakes too. Its prime minister, Robert Fico, said ..." and
"Poland said on Friday its defence minister, Name, would ...": "its" before a title gives the
office the state it refers to (gold rule O1: possessive). The referent is the last state named by
name before "its" in the same sentence, with nothing else (a person, an organisation) between; or,
for an "its" that opens a sentence, the state that opens the sentence before in the same paragraph
as its subject ("Slovakia has", "Neighbouring Slovakia has"; the first thing that sentence names).
An organisation or company there ("The IMF said ... Its managing director") keeps the rule off.
"The bloc's ambassador to Georgia, Name" likewise serves the one organisation named in that sentence
or the three before it ("the EU").
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.office_dateline import dateline_end
from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_ITS = frozenset(("its",))
_NAMED = ("name", "alias", "capital")
_POSSESSIVE = ("'s", "’s")
_BLOCS = frozenset(("bloc", "alliance", "union"))
_BLOC_BEFORE = 3  # sentences before the title in which "the bloc" may have been named


def with_its_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                    mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the state "its" before their title refers to, where no rule tied one."""
    named_in: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity.kind != "place":
            named_in.setdefault(mention.sentence, []).append(mention)
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            states = {_referent(sentences, named_in, t.sentence, t.first) for t in find.titles}
            if len(states) == 1 and None not in states:
                find = replace(find, office_of=states.pop())
        out.append(find)
    return out


def _bloc(sentences: tuple[Sentence, ...], named_in: dict[int, list[Mention]], index: int,
          first: int) -> EntityRef | None:
    """"the bloc's ambassador to Georgia, Name": the one organisation named in the sentence before the
    title or the three sentences before it."""
    tokens = sentences[index].tokens
    if first < 3 or tokens[first - 1].text not in _POSSESSIVE or tokens[first - 2].lower not in _BLOCS \
            or tokens[first - 3].lower != "the":
        return None
    orgs = {m.entity for i in range(max(0, index - _BLOC_BEFORE), index + 1) for m in named_in.get(i, [])
            if m.entity.kind == "organisation" and (i < index or m.last <= first - 3)}
    return next(iter(orgs)) if len(orgs) == 1 else None


def _referent(sentences: tuple[Sentence, ...], named_in: dict[int, list[Mention]], index: int,
              first: int) -> EntityRef | None:
    bloc = _bloc(sentences, named_in, index, first)
    if bloc is not None:
        return bloc
    tokens = sentences[index].tokens
    if first < 1 or tokens[first - 1].lower not in _ITS:
        return None
    its = first - 1
    before = sorted((m for m in named_in.get(index, []) if m.last <= its), key=lambda m: m.first)
    if before:
        last = before[-1]
        return last.entity if last.entity.kind == "state" and last.how in _NAMED else None
    if its != dateline_end(sentences[index]) or index == 0 or sentences[index - 1].block != sentences[index].block:
        return None
    previous = sentences[index - 1]
    opening = sorted(named_in.get(index - 1, []), key=lambda m: m.first)
    if not opening:
        return None
    subject = opening[0]
    at = dateline_end(previous)
    if subject.entity.kind != "state" or subject.how not in _NAMED or subject.first > at + 1:
        return None  # "Slovakia has", "Neighbouring Slovakia has", "The Netherlands has"
    if subject.first == at + 1 and not previous.tokens[at].text[:1].isupper():
        return None
    return subject.entity
