"""The state of an office whose portfolio words stand between the state and the title.

Titles the role table does not list whole come with their portfolio in lower case before the head
word: "Iraq's water resources minister, Aoun Diab Abdullah", "the Nigerian petroleum resources
minister, Name", "Baghdad's electricity minister". The state before those words owns the office
(gold rule O1: possessive or demonym) just as it owns "Iraq's minister". Only up to three plain
lower-case words between them, none a function word or verb of speech ("Iraq's talks with the
minister", "The Iraqi leader thanked President Name" are not titles), a demonym only after "the", and
only the appositive before a comma and the holder's name. The same description may stand before the
title as an appositive of its own: "Niger's military leader, General Abdourahamane Tiani".
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.office_states import SPEECH
from kg.extract.persons import PersonFind
from kg.extract.speech_verbs import FINITE
from kg.model import EntityRef, Mention, Sentence

_POSSESSIVE = ("'s", "’s")
_MOST = 3
_NOT_PORTFOLIO = frozenset("""the a an and or but of with to for in on by at from as that which who whose whom
    its his her their our has have had is was are were be been will would could
    not no than then also about against over after before under into""".split()) | FINITE


def _portfolio_start(sentence: Sentence, first: int) -> int:
    """Where the lower-case portfolio words before the title at *first* begin (*first* if none)."""
    tokens = sentence.tokens
    i = first
    while i > 0 and first - i < _MOST:
        word = tokens[i - 1].text
        if not word[:1].islower() or not word.replace("-", "").isalpha() or word.lower() in _NOT_PORTFOLIO \
                or word.endswith("ed"):
            break  # "The Iraqi leader thanked President Name": a verb is no portfolio
        i -= 1
    return i


def _described(sentence: Sentence, first: int, end: int, states_by_last: dict[int, Mention]) -> EntityRef | None:
    """"Niger's military leader, General Name", "Iran's top diplomat, Foreign Minister Name": a state's
    possessive and a lower-case description, a comma, then the title (capitalised, as titles before names are)."""
    tokens = sentence.tokens
    if first < 4 or tokens[first - 1].text != "," or not tokens[first].text[:1].isupper():
        return None
    if end < len(tokens) and tokens[end].lemma in SPEECH:
        return None  # "Ukraine's allies, President Emmanuel Macron said, must ...": a speaker set in
    start = _portfolio_start(sentence, first - 1)
    if start == first - 1 or tokens[start - 1].text not in _POSSESSIVE:
        return None
    mention = states_by_last.get(start - 1)
    return mention.entity if mention is not None and mention.how != "demonym" else None


def _owner(sentence: Sentence, first: int, last: int, end: int,
           states_by_last: dict[int, Mention]) -> EntityRef | None:
    described = _described(sentence, first, end, states_by_last)
    if described is not None:
        return described
    start = _portfolio_start(sentence, first)
    if start == first:
        return _named_portfolio(sentence, first, last, states_by_last)  # else the person rules read "Iraq's minister"
    tokens = sentence.tokens
    if last >= len(tokens) or tokens[last].text != ",":
        return None  # only the appositive "Iraq's water resources minister, Name," before its holder
    if start > 0 and tokens[start - 1].text in _POSSESSIVE:
        mention = states_by_last.get(start - 1)
        return mention.entity if mention is not None and mention.how != "demonym" else None
    mention = states_by_last.get(start)
    if mention is not None and mention.how == "demonym" and mention.first > 0 \
            and tokens[mention.first - 1].lower == "the":
        return mention.entity
    return None


def _named_portfolio(sentence: Sentence, first: int, last: int, states_by_last: dict[int, Mention]) -> EntityRef | None:
    """"Saudi Investment Minister Khalid Al Falih": a demonym, a capitalised portfolio the role table does not list,
    then the title right before its holder's name."""
    tokens = sentence.tokens
    if last >= len(tokens) or not tokens[last].text[:1].isupper() or not tokens[first].text[:1].isupper():
        return None
    i = first
    while i > 0 and first - i < _MOST and tokens[i - 1].text[:1].isupper() and tokens[i - 1].text.isalpha() \
            and i not in states_by_last:
        i -= 1
    mention = states_by_last.get(i)
    return mention.entity if i < first and mention is not None and mention.how == "demonym" else None


def with_portfolio_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                          mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the state that owns their portfolio title, where no rule tied one."""
    return with_title_owners(finds, sentences, mentions, lambda sentence, t, find, by_last: _owner(
        sentence, t.first, t.last, find.mention.last, by_last))


def with_title_owners(finds: list[PersonFind], sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                      owner) -> list[PersonFind]:
    """*finds* with no state yet, given the one state that *owner* (sentence, title, find, the sentence's
    state mentions by their last token) reads for every title of theirs."""
    by_last: dict[int, dict[int, Mention]] = {}
    for mention in mentions:
        if mention.entity.kind == "state":
            by_last.setdefault(mention.sentence, {})[mention.last] = mention
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            states = {owner(sentences[t.sentence], t, find, by_last.get(t.sentence, {})) for t in find.titles}
            if len(states) == 1 and None not in states:
                find = replace(find, office_of=states.pop())
        out.append(find)
    return out
