"""A definite title that opens a sentence and names a state refers back to a person.

News English names a person, then calls them by office in the next sentence: "Sergei Lavrov arrived
in Pyongyang. The Russian foreign minister said ...", "President Emmanuel Macron will travel to
Algiers. The French president hopes ...". The title phrase (no name after it, in subject position)
gives the person an office of that state when the sentence before names exactly one person, or
when :func:`kg.extract.persons.refer_by_title` already resolved it to a known holder.
"""

from __future__ import annotations

from kg.extract.name_spans import name_run, name_start
from kg.extract.office_states import employer_start
from kg.extract.persons import PersonFind, person_mention
from kg.model import Mention, Sentence, Title

_POSSESSIVE = ("'s", "’s")
_PRONOUNS = frozenset("his her".split())
_COUNTRY_NOUNS = frozenset("country nation kingdom republic emirate island state".split())


def _index(mentions: tuple[Mention, ...]) -> tuple[dict[tuple[int, int], Mention], dict[int, list[Mention]]]:
    """State mentions by (sentence, end token), and person mentions by sentence."""
    states_by_end: dict[tuple[int, int], Mention] = {}
    persons_in: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity.kind == "state":
            states_by_end[(mention.sentence, mention.last)] = mention
        elif mention.entity.kind == "person":
            persons_in.setdefault(mention.sentence, []).append(mention)
    return states_by_end, persons_in


def titles_referring_back(finds: list[PersonFind], sentences: tuple[Sentence, ...], titles: tuple[Title, ...],
                          mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """Finds for the definite title phrases "The DEMONYM title" / "STATE's title" that open a sentence."""
    named = {(f.mention.sentence, t.first) for f in finds for t in f.titles}
    states_by_end, persons_in = _index(mentions)
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


def counterparts(finds: list[PersonFind], sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]
                 ) -> list[PersonFind]:
    """"Wang met his Russian counterpart Sergei Lavrov": the named counterpart holds the office of the
    person before it (the one office the text gives that person) for the state named before the noun."""
    roles: dict[str, dict[str, Title]] = {}
    for find in finds:
        for title in find.titles:
            roles.setdefault(find.mention.entity.key, {}).setdefault(title.role, title)
    states_by_end, persons_in = _index(mentions)
    taken_in: dict[int, set[int]] = {}
    for mention in mentions:
        taken_in.setdefault(mention.sentence, set()).update(range(mention.first, mention.last))
    titled = {(t.sentence, t.first) for f in finds for t in f.titles}
    found: list[PersonFind] = []
    for sentence in sentences:
        if "counterpart" not in sentence.lower_set:
            continue  # (most sentences)
        tokens = sentence.tokens
        persons = sorted(persons_in.get(sentence.index, []), key=lambda m: m.first)
        for i, token in enumerate(tokens):
            if token.lower != "counterpart":
                continue
            end = i - 1 if i > 0 and tokens[i - 1].text in _POSSESSIVE else i
            state = states_by_end.get((sentence.index, end))
            name_at = i + 2 if i + 1 < len(tokens) and tokens[i + 1].text == "," else i + 1
            if (sentence.index, name_at) in titled:
                continue  # "his Turkish counterpart, Defence Minister Yasar Guler": read with the title
            named = next((m for m in persons if m.first == name_at), None) or _bare_name(
                sentence, name_at, taken_in.get(sentence.index, set()))
            before = [m for m in persons if m.last <= (state.first if state else i)]
            if not before and i > 0 and tokens[state.first - 1 if state else i - 1].lower in _PRONOUNS:
                before = _last_person(persons_in, sentences, sentence)  # "She met her Ukrainian counterpart"
            if state is None or named is None or not before:
                continue
            held = roles.get(before[-1].entity.key, {})
            if len(held) != 1 or named.entity.key == before[-1].entity.key:
                continue
            title = next(iter(held.values()))
            own = Title(sentence.index, i, i + 1, title.role, title.label, title.head)
            found.append(PersonFind(named, (own,), state.entity, tokens[state.first].start))
    return found


def _last_person(persons_in: dict[int, list[Mention]], sentences: tuple[Sentence, ...],
                 sentence: Sentence) -> list[Mention]:
    """The last person named in the two sentences before, in the same paragraph (a pronoun's referent); a
    pronoun that opens a paragraph ("His Tanzanian counterpart, Name, said") may refer to the last person of
    the sentence just before it, wire copy's one-sentence paragraphs."""
    opens = sentence.tokens[0].lower in _PRONOUNS and (sentence.index == 0 or
                                                      sentences[sentence.index - 1].block != sentence.block)
    for index in (sentence.index - 1, sentence.index - 2):
        if index < 0 or (sentences[index].block != sentence.block and not (opens and index == sentence.index - 1)):
            break
        named = sorted(persons_in.get(index, []), key=lambda m: m.first)
        if named:
            return named[-1:]
    return []


def _bare_name(sentence: Sentence, first: int, taken: set[int]) -> Mention | None:
    """A name of two words or more at token *first* that no earlier stage read ("counterpart Fumio Kishida")."""
    end = name_run(sentence, first, taken, limit=4)
    return person_mention(sentence, first, end, "name") if end - first >= 2 else None


def its_appositives(finds: list[PersonFind], sentences: tuple[Sentence, ...], titles: tuple[Title, ...],
                    mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """"Israel's reaction was sharp. Gilad Erdan, its ambassador to the United Nations, called ...": a name
    set off by "its" or "the country's" and a title holds that office for the state they refer to (the
    last state named before it in the sentence, else the first of the sentence before)."""
    named = {(f.mention.sentence, t.first) for f in finds for t in f.titles}
    persons_end = {(m.sentence, m.last): m for m in mentions if m.entity.kind == "person"}
    states_in: dict[int, list[Mention]] = {}
    taken_in: dict[int, set[int]] = {}
    for mention in mentions:
        taken_in.setdefault(mention.sentence, set()).update(range(mention.first, mention.last))
        if mention.entity.kind == "state":
            states_in.setdefault(mention.sentence if mention.how != "demonym" else -1 - mention.sentence,
                                 []).append(mention)
    found: list[PersonFind] = []
    for title in titles:
        sentence = sentences[title.sentence]
        tokens = sentence.tokens
        if (title.sentence, title.first) in named:
            continue
        owner, opening = _employer_before(sentence, title.first, states_in)
        if owner is not None:  # "Name, the Russian foreign ministry spokeswoman"
            comma = opening - 2 if opening > 0 and tokens[opening - 1].lower == "the" else opening - 1
        else:
            opening = _anaphor_before(tokens, title.first)
            if opening is None:
                continue
            comma = opening - 1
        if comma < 1 or tokens[comma].text != ",":
            continue
        person = person_before(sentence, comma, persons_end, taken_in)
        if person is None:
            continue
        if owner is not None:
            found.append(PersonFind(person, (title,), owner, person.start))
            continue
        before = [m for m in states_in.get(title.sentence, []) if m.last <= person.first]
        if not before and title.sentence > 0 and sentences[title.sentence - 1].block == sentence.block:
            before = sorted(states_in.get(title.sentence - 1, []), key=lambda m: m.first)[:1]
        if not before:  # "to the Saudi leadership, singling out Name, who is also the kingdom's prime minister"
            before = [m for m in states_in.get(-1 - title.sentence, []) if m.last <= person.first]
            before = before if len({m.entity for m in before}) == 1 else []
        if before:
            found.append(PersonFind(person, (title,), before[-1].entity, person.start))
    return found


def _anaphor_before(tokens, first: int) -> int | None:
    """Where "its" or "the country's" (also after "who is") opens before a title at *first*, or None."""
    if first >= 1 and tokens[first - 1].lower == "its":
        opening = first - 1
    elif first >= 3 and tokens[first - 1].text in _POSSESSIVE and tokens[first - 2].lower in _COUNTRY_NOUNS \
            and tokens[first - 3].lower == "the":
        opening = first - 3
    else:
        return None
    i = opening - 1 if opening >= 1 and tokens[opening - 1].lower in ("also", "now") else opening
    if i >= 2 and tokens[i - 1].lower in ("is", "was") and tokens[i - 2].lower == "who":
        opening = i - 2  # "Mohammed bin Salman, who is also the kingdom's prime minister"
    return opening


def _employer_before(sentence: Sentence, first: int, states_in: dict[int, list[Mention]]):
    """"the Russian foreign ministry spokeswoman": the state before the body that employs the title's
    holder, and the index where the phrase opens (*first* and None when there is none)."""
    i = employer_start(sentence, first)
    if i is None:
        return None, first
    state = next((m for m in states_in.get(sentence.index, []) + states_in.get(-1 - sentence.index, [])
                  if m.last == i), None)
    return (state.entity, state.first) if state is not None else (None, first)


def counterpart_titles(finds: list[PersonFind], sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]
                       ) -> list[PersonFind]:
    """"Prince Khalid and his Turkish counterpart, Defence Minister Yasar Guler": a titled person set off
    after "DEMONYM counterpart," (or "STATE's counterpart,") holds the office for that state."""
    states_by_end, _ = _index(mentions)
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            tokens = sentences[find.mention.sentence].tokens
            first = min(t.first for t in find.titles)
            if first >= 3 and tokens[first - 1].text == "," and tokens[first - 2].lower in ("counterpart", "counterparts"):
                end = first - 3 if tokens[first - 3].text in _POSSESSIVE else first - 2
                state = states_by_end.get((find.mention.sentence, end))
                if state is not None:
                    find = PersonFind(find.mention, find.titles, state.entity, find.quote_start)
        out.append(find)
    return out


def person_before(sentence: Sentence, comma: int, persons_end: dict, taken_in: dict) -> Mention | None:
    """The person whose name ends at the comma at *comma*: one found already (*persons_end*, by sentence
    and end), else a name of two words or more read back from the comma."""
    person = persons_end.get((sentence.index, comma))
    if person is None:
        start = name_start(sentence, comma, taken_in.get(sentence.index, set()))
        if comma - start < 2:
            return None
        person = person_mention(sentence, start, comma, "name")
    return person
