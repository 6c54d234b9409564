"""The state (or organisation) of an office that the title phrase itself leaves open.

:mod:`kg.extract.persons` ties a title to a state written right before it ("Chinese Foreign
Minister", "Russia's foreign minister"). News English ties it in other places too (gold rule O1:
anywhere in the text):

* "of" after the title or the name: "Rafael Grossi, director general of the IAEA",
  "President Cyril Ramaphosa of South Africa";
* another office of the same person whose state the text gives: one person acts for one state.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_OWNERS = ("state", "organisation")


def _owner_at(sentence: Sentence, i: int, by_first: dict[int, Mention]) -> EntityRef | None:
    """The state or organisation of an "of" phrase at token *i*: "of Kenya", "of the Arab League"."""
    tokens = sentence.tokens
    if i >= len(tokens) or tokens[i].lower != "of":
        return None
    j = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower == "the" else i + 1
    mention = by_first.get(j)
    if mention is None or mention.entity.kind not in _OWNERS or mention.how == "demonym":
        return None
    return mention.entity


def office_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                  mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """The finds with the state of each titled person's office filled in where the text gives it."""
    by_first: dict[int, dict[int, Mention]] = {}
    for mention in mentions:
        if mention.entity.kind in _OWNERS:
            by_first.setdefault(mention.sentence, {})[mention.first] = mention
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            sentence = sentences[find.mention.sentence]
            starts = by_first.get(sentence.index, {})
            for i in (*(t.last for t in find.titles), find.mention.last):
                owner = _owner_at(sentence, i, starts)
                if owner is not None:
                    find = replace(find, office_of=owner)
                    break
        out.append(find)
    return _one_state_per_person(out)


def _one_state_per_person(finds: list[PersonFind]) -> list[PersonFind]:
    """A titled person whose state the text gives for one office holds the others for it too
    (an organisation's office says nothing of the person's state)."""
    states: dict[str, set[EntityRef]] = {}
    for find in finds:
        if find.titles and find.office_of is not None and find.office_of.kind == "state":
            states.setdefault(find.mention.entity.key, set()).add(find.office_of)
    return [replace(f, office_of=next(iter(states[f.mention.entity.key])))
            if f.titles and f.office_of is None and len(states.get(f.mention.entity.key, ())) == 1 else f
            for f in finds]
