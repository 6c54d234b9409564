"""Titled persons named by a relative clause: "Mark Carney, who became Canada's prime minister in March".

News English often gives a person's office in a "who" clause after their name rather than before it:
"Name, who is Kenya's defence minister,", "Name, who became the Canadian prime minister in March",
"Name, who has served as Iraq's foreign minister since 2022". The name before the comma holds the
title for the state named by possessive or demonym right before it (gold rule O1). Only a state
before the title (an unowned "who became prime minister" is left alone), and only a name of two or
more words that no earlier stage read as another titled person.
"""

from __future__ import annotations

from kg.extract.office_referents import person_before
from kg.extract.persons import PersonFind
from kg.model import Mention, Sentence, Title

_POSSESSIVE = ("'s", "’s")
_ADVERBS = frozenset("also now still already then later".split())
_LINKS = (("is",), ("was",), ("became",), ("becomes",), ("has", "been"), ("had", "been"), ("serves", "as"),
          ("served", "as"), ("has", "served", "as"), ("remains",), ("remained",))


def _state_before(sentence: Sentence, first: int, states_by_last: dict[int, Mention]) -> tuple[Mention | None, int]:
    """The state that owns the title at *first* ("Canada's", "the Canadian") and where its phrase opens."""
    tokens = sentence.tokens
    if first >= 2 and tokens[first - 1].text in _POSSESSIVE and (first - 1) in states_by_last:
        mention = states_by_last[first - 1]
        return (mention, mention.first) if mention.how != "demonym" else (None, first)
    mention = states_by_last.get(first)
    if mention is not None and mention.how == "demonym" and mention.first >= 1 \
            and tokens[mention.first - 1].lower == "the":
        return mention, mention.first - 1
    return None, first


def _who_before(tokens, at: int) -> int | None:
    """Where ", who (also) became", ", who is also" opens before token *at*: the comma's index, or None."""
    if at >= 1 and tokens[at - 1].lower in _ADVERBS:
        at -= 1
    for link in _LINKS:
        start = at - len(link)
        if start >= 2 and tuple(t.lower for t in tokens[start:at]) == link:
            i = start - 1
            if tokens[i].lower in _ADVERBS:
                i -= 1
            if i >= 1 and tokens[i].lower == "who" and tokens[i - 1].text == ",":
                return i - 1
    return None


def relative_titles(finds: list[PersonFind], sentences: tuple[Sentence, ...], titles: tuple[Title, ...],
                    mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """New finds for the names whose "who" clause gives them a state's title."""
    named = {(t.sentence, t.first) for f in finds for t in f.titles}
    titled_persons = {f.mention.entity.key for f in finds if f.titles}
    states_by_last: dict[int, dict[int, Mention]] = {}
    persons_end: dict[tuple[int, int], Mention] = {}
    taken_in: dict[int, set[int]] = {}
    for mention in mentions:
        taken_in.setdefault(mention.sentence, set()).update(range(mention.first, mention.last))
        if mention.entity.kind == "state":
            states_by_last.setdefault(mention.sentence, {})[mention.last] = mention
        elif mention.entity.kind == "person":
            persons_end[(mention.sentence, mention.last)] = mention
    found: list[PersonFind] = []
    for title in titles:
        if (title.sentence, title.first) in named:
            continue
        sentence = sentences[title.sentence]
        state, opening = _state_before(sentence, title.first, states_by_last.get(title.sentence, {}))
        comma = _who_before(sentence.tokens, opening) if state is not None else None
        if comma is None:
            continue
        person = person_before(sentence, comma, persons_end, taken_in)
        if person is None or person.entity.key in titled_persons:
            continue
        found.append(PersonFind(person, (title,), state.entity, person.start))
    return found
