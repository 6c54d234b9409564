""""The bloc" stands for the bloc of states the report named last ("The bloc has given Ukraine about
45 billion euros in military aid" after "the European Union"), as a giver or a getter; the blocs are
listed in kg/rules/state_kinds.toml."""

from __future__ import annotations

from kg.extract.state_kinds import bloc_keys
from kg.model import Mention

_HEADS = frozenset(("bloc",))


def bloc_mentions(mentions: tuple[Mention, ...], sentences) -> tuple[Mention, ...]:
    """*mentions* plus a mention of the last named bloc for each "the (27-nation) bloc"."""
    blocs = bloc_keys()
    named = sorted((m for m in mentions if m.entity.kind == "organisation" and m.entity.key in blocs),
                   key=lambda m: (m.sentence, m.first))
    if not named:
        return mentions
    added: list[Mention] = []
    for sentence in sentences:
        if _HEADS.isdisjoint(sentence.lower_set):
            continue
        words = sentence.lowers
        for at, word in enumerate(words):
            if word not in _HEADS:
                continue
            first = next((k for k in range(at - 1, max(-1, at - 6), -1) if words[k] == "the"), None)  # "the 27-nation bloc"
            before = [m for m in named if (m.sentence, m.first) < (sentence.index, first if first is not None else at)]
            if first is None or not before:
                continue
            tokens = sentence.tokens[first:at + 1]
            added.append(Mention(tokens[0].start, tokens[-1].end,
                                 sentence.text[tokens[0].start - sentence.start:tokens[-1].end - sentence.start],
                                 sentence.index, first, at + 1, before[-1].entity, "description"))
    return (*mentions, *added) if added else mentions
