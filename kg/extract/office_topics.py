"""The state of an office that only the paragraph around the title gives.

News English often names a state once, as the subject that opens a paragraph, and then lists what
its officials did or said with bare titles: "London was quick to welcome the shift. ... Prime
Minister Rishi Sunak's spokesman said ...", "Israel's reaction was sharp. ... President Isaac Herzog
struck a softer note". A titled person with no state of their own, in a later sentence of such a
paragraph (or after the state in its first sentence, when that state is the subject of a clause: "The
United States has held up the bombs, Defense Secretary Lloyd Austin told senators"), holds the office for that state (gold rule O1: the state the text ties the office to),
unless their own sentence names another state before them or a sentence in between opens with
another state, or the title is shared ("Presidents Putin and Xi": two heads are not one state's). Offices that serve abroad or in a chamber (ambassadors, senators) and officers of
organisations are left alone: a paragraph about Kyiv may quote the US ambassador.

A capital fronted in the person's own sentence sets the scene the same way, and comes first: "Iran
denied the reports. In Moscow, the foreign ministry's spokeswoman, Maria Zakharova, said ...".
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.office_dateline import dateline_end, untied_setting
from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_POSSESSIVE = ("'s", "’s")
# roles whose holder the paragraph's state does not employ as a rule
_NOT_THE_TOPICS = frozenset("ambassador senator secretary-general director mayor governor".split())


def subject_opener(sentence: Sentence, mentions: list[Mention]) -> Mention | None:
    """The state named as the subject that opens *sentence*: "Moscow said", "The United States has",
    "Israel's reaction" (not a demonym, nor one of two states: "Moscow and Caracas have")."""
    tokens = sentence.tokens
    at = dateline_end(sentence)
    at += 1 if at < len(tokens) and tokens[at].lower == "the" else 0
    opener = next((m for m in mentions if m.first == at), None)
    if opener is None or opener.entity.kind != "state" or opener.how == "demonym" or opener.last >= len(tokens):
        return None
    after = tokens[opener.last]
    if after.text in _POSSESSIVE or (after.text[:1].islower() and after.lower not in ("and", "or")):
        return opener
    return None


def paragraph_topics(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                     mentions: tuple[Mention, ...]) -> dict[str, EntityRef]:
    """Person keys, each with the state of the paragraph that opens with it, for the titled persons
    whose office the text ties to no state (only persons given one such state)."""
    states_in, tied, shared = untied_setting(finds, mentions)
    found: dict[str, set[EntityRef]] = {}
    for find in finds:
        key = find.mention.entity.key
        if not find.titles or key in tied or any(t.role in _NOT_THE_TOPICS for t in find.titles) \
                or any(shared[(t.sentence, t.first)] > 1 for t in find.titles):  # "Presidents Putin and Xi"
            continue
        state = _topic_of(find, sentences, states_in)
        if state is not None:
            found.setdefault(key, set()).add(state)
    return {key: next(iter(states)) for key, states in found.items() if len(states) == 1}


def _fronted_capital(sentence: Sentence, mentions: list[Mention], start: int) -> EntityRef | None:
    """The state of a capital that opens the sentence as "In Tehran, ..." when no other state comes
    between it and token *start* ("In Tehran, Foreign Minister Hossein Amir-Abdollahian said")."""
    tokens = sentence.tokens
    at = dateline_end(sentence)
    if at >= len(tokens) or tokens[at].lower != "in":
        return None
    capital = next((m for m in mentions if m.first == at + 1), None)
    if capital is None or capital.how != "capital" or capital.last >= start or tokens[capital.last].text != ",":
        return None
    if any(m.entity != capital.entity and capital.last <= m.first < start for m in mentions):
        return None
    return capital.entity


def _topic_of(find: PersonFind, sentences: tuple[Sentence, ...],
              states_in: dict[int, list[Mention]]) -> EntityRef | None:
    index = find.mention.sentence
    start = min(find.mention.first, *(t.first for t in find.titles))
    fronted = _fronted_capital(sentences[index], states_in.get(index, []), start)
    if fronted is not None:
        return fronted
    block = sentences[index].block
    first = index
    while first > 0 and sentences[first - 1].block == block:
        first -= 1
    opener = subject_opener(sentences[first], states_in.get(first, []))
    if opener is None:
        return None
    if first == index and (opener.first >= start or sentences[index].tokens[opener.last].text in _POSSESSIVE):
        return None  # in their own sentence, only a state that opens it as a clause's subject before them
    for between in range(first + 1, index):
        other = subject_opener(sentences[between], states_in.get(between, []))
        if other is not None and other.entity != opener.entity:
            return None  # the paragraph turned to another state
    if any(m.entity != opener.entity and m.first < start for m in states_in.get(index, [])):
        return None
    return opener.entity


def with_topics(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the paragraph's state filled in where :func:`paragraph_topics` gives one."""
    topics = paragraph_topics(finds, sentences, mentions)
    return [replace(f, office_of=topics[f.mention.entity.key])
            if f.titles and f.office_of is None and f.mention.entity.key in topics else f for f in finds]
