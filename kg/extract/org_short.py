"""Short names of organisations the report has already named: after "the International Monetary Fund" or
"the IMF", "the Fund" (or "the fund") is the IMF; after "the World Bank", "the Bank" is the World Bank (the
`short` forms of kg/rules/organisations.toml); after an armed group, "the rebels" or "the militia" is that
group. A short name with no such organisation named before it in the document, or followed by "of" ("the
Bank of England"), names nothing."""

from __future__ import annotations

from functools import lru_cache
from operator import attrgetter

from kg.extract.gazetteer import load_gazetteer
from kg.model import EntityRef, Mention, Sentence


# Short names that wire copy also writes in lower case once the body is named: "the IMF ... the fund said"
# ("the bank" stays out: a central or state bank is as often meant).
_LOWER_CASE = {"fund": "Fund"}

# What reports call an armed group once they have named it: "the M23 rebels ... the rebels".
_FIGHTERS = ("rebels", "militia", "militants", "paramilitaries", "insurgents")

_first = attrgetter("first")


@lru_cache(maxsize=1)
def _short_names() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The short names of each organisation that has any, by its key, and all their words in lower case."""
    shorts = {org.key: org.short + (_FIGHTERS if org.armed and org.rebels else ())
              for org in load_gazetteer().organisations
              if org.short or org.armed}
    return shorts, frozenset(word.lower() for forms in shorts.values() for word in forms)


def short_name_mentions(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with a mention added for each short name that refers back to an organisation."""
    shorts, words = _short_names()
    if not shorts:
        return mentions
    by_sentence: dict[int, list[Mention]] = {}
    orgs_in: dict[int, list[Mention]] = {}  # the organisations among them
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
        if mention.entity.kind == "organisation":
            orgs_in.setdefault(mention.sentence, []).append(mention)
    named: dict[str, EntityRef] = {}  # short word -> the organisation last named that it may stand for
    added: list[Mention] = []
    for sentence in sentences:
        orgs = sorted(orgs_in.get(sentence.index, ()), key=_first)
        if not words.isdisjoint(sentence.lower_set):  # most sentences have no short name to read
            taken = {i for m in by_sentence.get(sentence.index, []) for i in range(m.first, m.last)}
            tokens, before = sentence.tokens, 0
            for j, token in enumerate(tokens):
                while before < len(orgs) and orgs[before].first <= j:
                    _note(named, shorts, orgs[before].entity)
                    before += 1
                word = token.text if token.text in named else _LOWER_CASE.get(token.text)  # "the fund said"
                if word not in named or j in taken or j == 0 or tokens[j - 1].lower != "the":
                    continue
                if j + 1 < len(tokens) and tokens[j + 1].lower == "of":
                    continue  # "the Bank of England"
                added.append(Mention(token.start, token.end, token.text, sentence.index, j, j + 1,
                                     named[word], "alias"))
        for mention in orgs:  # the sentence's organisations, in order, for the sentences after it
            _note(named, shorts, mention.entity)
    if not added:
        return mentions
    return tuple(sorted((*mentions, *added), key=lambda m: m.start))


def _note(named: dict[str, EntityRef], shorts: dict[str, tuple[str, ...]], org: EntityRef) -> None:
    """*org* is now the organisation each of its short names stands for."""
    named.update((word, org) for word in shorts.get(org.key, ()))
