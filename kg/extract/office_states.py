"""The state (or organisation) of an office that the title phrase itself leaves open.

:mod:`kg.extract.persons` ties a title to a state written right before it ("Chinese Foreign
Minister", "Russia's foreign minister"). News English ties it in other places too (gold rule O1:
anywhere in the text):

* "of" after the title or the name: "Rafael Grossi, director general of the IAEA",
  "President Cyril Ramaphosa of South Africa";
* the state a titled person speaks for: "Foreign Minister Sergei Lavrov told reporters that Russia
  would ...", "President William Ruto said his government would ..." (the state of the sentence
  before, its first state by name);
* another office of the same person whose state the text gives: one person acts for one state.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.extract.persons import PersonFind
from kg.extract.speech_verbs import LEMMAS
from kg.model import EntityRef, Mention, Sentence

_OWNERS = ("state", "organisation")
_POSSESSIVE = ("'s", "’s")
EMPLOYERS = frozenset("ministry department embassy army military navy government".split())
EMPLOYER_WORDS = EMPLOYERS | frozenset("foreign defence defense interior finance economy energy trade justice state".split())
SPEECH = LEMMAS | {"vow", "pledge", "promise", "deny"}  # also promises and denials, which speak for a state too
_AUX = frozenset("""would will is was has had could should must can may might did does do are were remains remained
    wants wanted needs needed plans planned intends intended stands stood continues continued""".split())
_PAST_AUX = frozenset("has had was were".split())
_BEFORE_VERB = frozenset("has had also later earlier then again previously".split())
_OWN = frozenset("his her their".split())
_BODIES = frozenset("country government nation administration state".split())


def _owner_at(sentence: Sentence, i: int, by_first: dict[int, Mention]) -> EntityRef | None:
    """The state or organisation of an "of" phrase at token *i*: "of Kenya", "of the Arab League", "of the
    Russian Foreign Ministry", "for the Chinese embassy"."""
    tokens = sentence.tokens
    if i >= len(tokens) or tokens[i].lower not in ("of", "for"):
        return None
    j = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower == "the" else i + 1
    mention = by_first.get(j)
    if mention is None or mention.entity.kind not in _OWNERS:
        return None
    if tokens[i].lower == "for" and mention.how != "demonym":
        return None  # "envoy for Ukraine" names the portfolio, "spokesman for the Chinese embassy" the employer
    if mention.how == "demonym":  # only "of the Russian Foreign Ministry", not "of the Russian people"
        k = mention.last
        while k < len(tokens) and k - mention.last < 3 and tokens[k].lower in EMPLOYER_WORDS:
            k += 1
        if k == mention.last or tokens[k - 1].lower not in EMPLOYERS:
            return None
    return mention.entity


def office_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                  mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """The finds with the state of each titled person's office filled in where the text gives it."""
    by_first: dict[int, dict[int, Mention]] = {}
    by_last: dict[int, dict[int, Mention]] = {}
    for mention in mentions:
        if mention.entity.kind in _OWNERS:
            by_first.setdefault(mention.sentence, {})[mention.first] = mention
            by_last.setdefault(mention.sentence, {})[mention.last] = mention
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
            else:
                owner = _body_owner(sentence, find.titles[0].first, by_last.get(sentence.index, {}))
                if owner is not None:
                    find = replace(find, office_of=owner)
        out.append(find)
    out = _one_state_per_person(out)
    owned = _owned_persons(sentences, mentions, by_last)
    out = [replace(f, office_of=owned[f.mention.entity.key])
           if f.titles and f.office_of is None and f.mention.entity.key in owned else f for f in out]
    out = _one_state_per_person(_possessors(out, sentences, mentions))
    shared = Counter((f.mention.sentence, t.first) for f in out for t in f.titles)
    return [f if any(shared[(f.mention.sentence, t.first)] > 1 for t in f.titles)  # "Presidents Putin and Xi"
            else _head_after_subject(f, sentences, by_first) for f in out]


def with_speakers(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                  mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """The finds with the state each untied titled person speaks for ("Name said Russia would ..."),
    where :func:`_spoken_for` reads one. A weaker tie than the title's own phrase or the paragraph's
    topic, so it runs after those (:mod:`kg.extract.office_topics`)."""
    by_first: dict[int, dict[int, Mention]] = {}
    for mention in mentions:
        if mention.entity.kind in _OWNERS:
            by_first.setdefault(mention.sentence, {})[mention.first] = mention
    said: dict[str, EntityRef] = {}
    for mention in mentions:
        if mention.entity.kind == "person" and mention.entity.key not in said:
            spoken = _spoken_for(mention, sentences, by_first)
            if spoken is not None:
                said[mention.entity.key] = spoken
    return [replace(f, office_of=said[f.mention.entity.key])
            if f.titles and f.office_of is None and f.mention.entity.key in said else f for f in finds]


def _spoken_for(mention: Mention, sentences: tuple[Sentence, ...],
                by_first: dict[int, dict[int, Mention]]) -> EntityRef | None:
    """The state a person's reported words are about as its speaker: "Name said (that) Russia would",
    "Name told reporters his country will"."""
    sentence = sentences[mention.sentence]
    tokens = sentence.tokens
    i = mention.last
    if i < len(tokens) and tokens[i].text == ",":  # "Name, speaking in Geneva, said"
        i = next((j + 1 for j in range(i + 1, min(len(tokens), i + 15)) if tokens[j].text == ","), len(tokens))
    while i < len(tokens) and (tokens[i].lower in _BEFORE_VERB or tokens[i].lower.endswith("ly")):
        i += 1  # "Name also said", "Name had earlier said"
    if i >= len(tokens) or tokens[i].lemma not in SPEECH:
        return None
    i += 1
    that = next((j for j in range(i, min(len(tokens), i + 5)) if tokens[j].lower == "that"), None)
    if that is not None and not any(t.text in (",", '"', "“", "”") for t in tokens[i:that]):
        i = that + 1  # "told reporters (on Monday) that", "pledged in turn that", "had said earlier that"
    elif tokens[i - 1].lemma == "tell":
        return None
    if i < len(tokens) and tokens[i].lower == "the":
        i += 1  # "said the United States was"
    starts = by_first.get(sentence.index, {})
    subject = starts.get(i)
    if subject is not None and subject.entity.kind == "state" and subject.how != "demonym" \
            and subject.last < len(tokens) and tokens[subject.last].lower in _AUX \
            and not _done_deed(tokens, subject.last):
        return subject.entity
    if i > 0 and tokens[i - 1].lower == "the":
        i -= 1
    if i + 2 < len(tokens) and tokens[i].lower in _OWN and tokens[i + 1].lower in _BODIES \
            and tokens[i + 2].lower in _AUX:
        return _state_before(sentences, sentence.index, by_first)
    return None


def _done_deed(tokens, at: int) -> bool:
    """"had sent", "has supplied", "was arming": what a state did, as one reports another's deeds ("Name told
    the judges that Abu Dhabi had sent weapons" is no word for Abu Dhabi), not a speaker's own stance."""
    if tokens[at].lower not in _PAST_AUX or at + 1 >= len(tokens):
        return False
    word = tokens[at + 1].lower
    return word != "been" and (word.endswith("ed") or word.endswith("ing") or tokens[at + 1].lemma != word)


def employer_start(sentence: Sentence, first: int) -> int | None:
    """Where the body employing a title's holder opens before token *first* ("defence ministry
    spokesman", "embassy's spokesperson"), or None."""
    tokens = sentence.tokens
    end = first - 1 if first > 0 and tokens[first - 1].text in _POSSESSIVE else first
    i = end
    while i > 0 and end - i < 3 and tokens[i - 1].lower in EMPLOYER_WORDS:
        i -= 1
    return None if i == end or tokens[end - 1].lower not in EMPLOYERS else i


def _body_owner(sentence: Sentence, first: int, by_last: dict[int, Mention]) -> EntityRef | None:
    """The state before the body that employs a title's holder: "Ukraine's defence ministry spokesman"."""
    i = employer_start(sentence, first)
    if i is None:
        return None
    if i > 0 and sentence.tokens[i - 1].text in _POSSESSIVE:
        i -= 1
    mention = by_last.get(i)
    return mention.entity if mention is not None and mention.entity.kind == "state" else None


def _owned_persons(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                   by_last: dict[int, dict[int, Mention]]) -> dict[str, EntityRef]:
    """Persons a state's possessive names ("Russia's Putin", "Ukraine's Zelensky"), each with that
    state when the text gives them only one."""
    found: dict[str, set[EntityRef]] = {}
    for mention in mentions:
        if mention.entity.kind != "person" or mention.first < 2:
            continue
        tokens = sentences[mention.sentence].tokens
        state = by_last.get(mention.sentence, {}).get(mention.first - 1)
        if tokens[mention.first - 1].text in _POSSESSIVE and state is not None and state.entity.kind == "state":
            found.setdefault(mention.entity.key, set()).add(state.entity)
    return {key: next(iter(states)) for key, states in found.items() if len(states) == 1}


def _possessors(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """"Putin's spokesman Dmitry Peskov", "Trump's envoy, Steve Witkoff": an aide named by the office of a
    person whose state the text gives serves that state."""
    states = {f.mention.entity.key: f.office_of for f in finds
              if f.titles and f.office_of is not None and f.office_of.kind == "state"}
    person_end = {(m.sentence, m.last): m.entity.key for m in mentions if m.entity.kind == "person"}
    out = []
    for find in finds:
        if find.titles and find.office_of is None:
            title = find.titles[0]
            tokens = sentences[find.mention.sentence].tokens
            if title.first >= 2 and tokens[title.first - 1].text in _POSSESSIVE:
                owner = person_end.get((find.mention.sentence, title.first - 1))
                if owner is not None and owner != find.mention.entity.key and owner in states:
                    find = replace(find, office_of=states[owner])
        out.append(find)
    return out


def _head_after_subject(find: PersonFind, sentences: tuple[Sentence, ...],
                        by_first: dict[int, dict[int, Mention]]) -> PersonFind:
    """"Argentina devalued the peso on Wednesday. President Javier Milei called the move painful": a head
    of state or government with no state of their own, whose sentence names no state, heads
    the state that opens the sentence before (same paragraph) as its subject. (Not a title shared by
    several persons: two presidents are not one state's.)"""
    if find.office_of is not None or not any(t.head for t in find.titles):
        return find
    index = find.mention.sentence
    if index == 0 or sentences[index - 1].block != sentences[index].block \
            or any(m.entity.kind == "state" for m in by_first.get(index, {}).values()):
        return find
    previous = sentences[index - 1]
    opening = by_first.get(index - 1, {}).get(0)
    if opening is None or opening.entity.kind != "state" or opening.how == "demonym" \
            or opening.last >= len(previous.tokens) or not previous.tokens[opening.last].text[:1].islower():
        return find
    return replace(find, office_of=opening.entity)


def _state_before(sentences: tuple[Sentence, ...], index: int,
                  by_first: dict[int, dict[int, Mention]]) -> EntityRef | None:
    """The first state named (not by a demonym) in the nearest of the three sentences before, in the
    same paragraph."""
    for previous in range(index - 1, max(-1, index - 4), -1):
        if sentences[previous].block != sentences[index].block:
            break
        named = [m for _, m in sorted(by_first.get(previous, {}).items())
                 if m.entity.kind == "state" and m.how != "demonym"]
        if named:
            return named[0].entity
    return None


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
