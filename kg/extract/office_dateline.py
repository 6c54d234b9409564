"""The state of an office that the report's dateline gives.

Wire copy marks a foreign official's title with their state ("US President Donald Trump") but
leaves the home state's own officials bare: in a report datelined "BERLIN, Feb 26 —", "Chancellor
Olaf Scholz" is Germany's, in one from "DAKAR", "President Bassirou Diomaye Faye" is Senegal's.
So a titled person whose office the text ties to no state, in a report filed from a state's
capital that the text names as well (gold rule O1: the article ties it), holds it for that state
when nothing around the title points elsewhere: no other state named before them in their sentence,
nor earlier in their paragraph unless their own sentence names no state at all; no possessive or
two-word name before the title ("his vice president", "the bloc's ambassador", "Cook Islands Prime
Minister"); not "his Russian counterpart" after them in a Moscow report; and a title the home
state's own officials hold (not an ambassador, who serves abroad, a monarch, whom a republic's
capital reports as a foreign guest, or an organisation's officer).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from kg.extract.gazetteer import ascii_fold
from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_ABROAD = frozenset("ambassador monarch secretary-general director mayor governor".split())
_OWNERS = frozenset("'s ’s his her its their".split())
_COUNTERPARTS = frozenset(("counterpart", "counterparts"))
_QUOTES = frozenset('"“”')
_DATELINE = re.compile(r"[A-Z][A-Z .'/-]*[A-Z],[^—–\n]{0,40}?(?:[—–]| - )")
# a dateline with no date: "BUDAPEST —", "KYIV (Reuters) —" (the city alone, in capitals)
_BARE_DATELINE = re.compile(r"^([A-Z][A-Z.'-]*[A-Z](?: [A-Z][A-Z.'-]*[A-Z]){0,2})\s*(?:\([A-Za-z. ]{2,20}\)\s*)?(?:[—–]| - )",
                            re.M)
_OPENING = 3  # the dateline is in one of the first sentences
# What both dateline patterns need after their opening capital: a capital, a dot, apostrophe, slash, hyphen or
# space ("MOSCOW,", "U.S.", "KYIV (Reuters) —"); a sentence opening otherwise (most do) is not searched.
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ .'/-")


def _fold(text: str) -> str:
    return ascii_fold(text).casefold()


def dateline_end(sentence: Sentence) -> int:
    """The token where a sentence opening with a dateline ("MOSCOW, Nov 2 — Venezuela has ...") goes on
    after it, else 0."""
    text = sentence.text
    if not ("A" <= text[:1] <= "Z" and text[1:2] in _DATELINE_SECOND):
        return 0
    match = _DATELINE.match(text) or _BARE_DATELINE.match(text)
    if match is None:
        return 0
    end = match.end() + sentence.start
    return next((i for i, t in enumerate(sentence.tokens) if t.start >= end), 0)


def home_state(sentences: tuple[Sentence, ...]) -> EntityRef | None:
    """The state whose capital the report's dateline names, or None."""
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.meeting_dateline import dateline_city

    if (named := _dateline_state(sentences)) is not None:
        return named  # "MATANZAS, Cuba, Aug 7 —": a city that is no capital, with its state
    city = dateline_city(sentences)
    name = _fold(city.label) if city is not None else _bare_dateline_city(sentences)
    if name is None:
        return None
    states = _capitals().get(name, ())
    if not states and name in _seats():
        return load_gazetteer().state(_seats()[name]).ref
    return states[0].ref if len(states) == 1 else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple]:
    """Folded capital -> the states (in gazetteer order) it is a capital of: folded once, not per document."""
    from kg.extract.gazetteer import load_gazetteer

    found: dict[str, list] = {}
    for state in load_gazetteer().states:
        for name in dict.fromkeys(_fold(c) for c in state.capitals):
            found.setdefault(name, []).append(state)
    return {name: tuple(states) for name, states in found.items()}


def _dateline_state(sentences: tuple[Sentence, ...]) -> EntityRef | None:
    """The state a dateline names after its city ("MATANZAS, Cuba, Aug 7 —", "ODESA, Ukraine —"), or None."""
    from kg.extract.gazetteer import load_gazetteer

    for sentence in sentences[:_OPENING]:
        match = _DATELINE.match(sentence.text)
        if match is not None:
            parts = match.group(0).split(",")
            state = load_gazetteer().find_state(parts[1].strip(" —–-")) if len(parts) > 1 else None
            return state.ref if state is not None else None
    return None


def _bare_dateline_city(sentences: tuple[Sentence, ...]) -> str | None:
    """The folded city of a dateline with no date ("BUDAPEST — Hungary will ..."), or None."""
    from kg.extract.places import load_places

    for sentence in sentences[:_OPENING]:
        match = _BARE_DATELINE.match(sentence.text)
        if match is not None:
            name = " ".join(w.capitalize() for w in match.group(1).split())
            return _fold(name) if name in load_places().city_names else None
    return None


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """The `[seats]` table of offices.toml: seats of government besides the capital ("La Paz")."""
    from kg.errors import ExtractionError
    from kg.extract.gazetteer import RULES_DIR

    try:
        table = tomllib.loads((RULES_DIR / "offices.toml").read_text(encoding="utf-8")).get("seats", {})
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ExtractionError(f"The [seats] table of offices.toml is unreadable: {err}") from None
    return {_fold(city): code for city, code in table.items()}


def untied_setting(finds: list[PersonFind], mentions: tuple[Mention, ...]
                   ) -> tuple[dict[int, list[Mention]], set[str], Counter]:
    """What the rules for offices tied to no state read: the state mentions of each sentence, the persons
    whose office some rule already tied, and how many persons share each title ("Presidents Putin and Xi")."""
    states_in: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.entity.kind == "state":
            states_in.setdefault(mention.sentence, []).append(mention)
    tied = {f.mention.entity.key for f in finds if f.titles and f.office_of is not None}
    shared = Counter((t.sentence, t.first) for f in finds for t in f.titles)
    return states_in, tied, shared


def with_home_state(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                    mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the dateline's state filled in for the bare-titled home officials."""
    home = home_state(sentences)
    if home is None or not any(m.entity == home for m in mentions):
        return finds  # the text itself never names the state it was filed from
    states_in, tied, shared = untied_setting(finds, mentions)
    homed: set[str] = set()
    for find in finds:
        key = find.mention.entity.key
        if find.titles and key not in tied and all(shared[(t.sentence, t.first)] == 1 for t in find.titles) \
                and _at_home(find, sentences, states_in, home):
            homed.add(key)
    return [replace(f, office_of=home) if f.titles and f.office_of is None and f.mention.entity.key in homed else f
            for f in finds]


def _quoted(tokens, i: int) -> bool:
    """True when token *i* lies inside a quotation that opened earlier in the sentence."""
    return sum(1 for t in tokens[:i] if t.text in _QUOTES) % 2 == 1


def _at_home(find: PersonFind, sentences: tuple[Sentence, ...], states_in: dict[int, list[Mention]],
             home: EntityRef) -> bool:
    if any(t.role in _ABROAD for t in find.titles):
        return False
    index = find.mention.sentence
    tokens = sentences[index].tokens
    start = min(find.mention.first, *(t.first for t in find.titles))
    if start > 0 and tokens[start - 1].lower in _OWNERS:
        return False  # "his vice president", "the bloc's ambassador"
    if start > 1 and tokens[start - 1].text[:1].isupper() and tokens[start - 2].text[:1].isupper():
        return False  # "Cook Islands Prime Minister" (not "Agriculture Minister", "Democratic Senator")
    own = states_in.get(index, [])
    if any(m.entity != home and m.first < start and not _quoted(tokens, m.first) for m in own):
        return False  # (a state inside the quote before its speaker is what they said, not whose they are)
    if any(m.entity == home and m.last < len(tokens) and tokens[m.last].lower in _COUNTERPARTS for m in own):
        return False  # "Transport Minister Name, who met his Russian counterpart": not Russia's
    if not own:
        return True  # their own sentence names no state: the paragraph's others are not theirs
    block = sentences[index].block
    previous = index - 1
    while previous >= 0 and sentences[previous].block == block:
        if any(m.entity != home for m in states_in.get(previous, [])):
            return False
        previous -= 1
    return True
