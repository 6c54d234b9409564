"""A definite title that opens a sentence and names a state refers back to a person.

News English names a person, then calls them by office in the next sentence: "Sergei Lavrov arrived
in Pyongyang. The Russian foreign minister said ...", "President Emmanuel Macron will travel to
Algiers. The French president hopes ...". The title phrase (no name after it, in subject position)
gives the person an office of that state when the sentence before names exactly one person, or
when :func:`kg.extract.persons.refer_by_title` already resolved it to a known holder.
"""

from __future__ import annotations

from kg.extract.persons import PersonFind
from kg.model import Mention, Sentence, Title

_POSSESSIVE = ("'s", "’s")


def titles_referring_back(finds: list[PersonFind], sentences: tuple[Sentence, ...], titles: tuple[Title, ...],
                          mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """Finds for the definite title phrases "The DEMONYM title" / "STATE's title" that open a sentence."""
    named = {(f.mention.sentence, t.first) for f in finds for t in f.titles}
    states_by_end: dict[tuple[int, int], Mention] = {}
    persons_in: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity.kind == "state":
            states_by_end[(mention.sentence, mention.last)] = mention
        elif mention.entity.kind == "person":
            persons_in.setdefault(mention.sentence, []).append(mention)
    found: list[PersonFind] = []
    for title in titles:
        if (title.sentence, title.first) in named:
            continue
        sentence = sentences[title.sentence]
        tokens = sentence.tokens
        end = title.first - 1 if title.first > 0 and tokens[title.first - 1].text in _POSSESSIVE else title.first
        state = states_by_end.get((title.sentence, end))
        if state is None:
            continue
        first = state.first - 1 if state.first > 0 and tokens[state.first - 1].lower == "the" else state.first
        if first != 0 or (title.last < len(tokens) and tokens[title.last].text[:1].isupper()):
            continue  # not the subject opening the sentence, or a name follows
        resolved = [m for m in persons_in.get(title.sentence, []) if m.first == first and m.how == "title"]
        if resolved:
            person = resolved[0]
        else:
            before = persons_in.get(title.sentence - 1, [])
            if title.sentence == 0 or sentences[title.sentence - 1].block != sentence.block \
                    or len({m.entity.key for m in before}) != 1:
                continue
            person = before[0]
        mention = Mention(tokens[first].start, tokens[title.last - 1].end,
                          sentence.text[tokens[first].start - sentence.start:tokens[title.last - 1].end - sentence.start],
                          sentence.index, first, title.last, person.entity, "title")
        found.append(PersonFind(mention, (title,), state.entity, tokens[first].start))
    return found

