"""The state of an official who reports what their own state did, in a report filed from its capital.

Wire copy often opens with the home state's news and puts the speaker last: "LA PAZ, Nov 2 — Bolivia
has received its first diesel from Russia, Energy Minister Alejandro Gallardo said." The bare-titled
speaker is Bolivia's (gold rule O1: the state they are said to speak for), though another state
("from Russia") comes between the subject and the title, which keeps the dateline and paragraph
rules off them. So when a sentence opens (after any dateline) with the dateline's own state as the
subject of its clause, an untied bare-titled official later in it holds the office for that
state, unless a verb stands right before the title (the guest in "as Prime Minister Modi hosted
President Muizzu", the visitor in "just as Chancellor Scholz arrived"; "as President Name said" is a
speaker). Not a state named some other way ("a Kyiv report: The United States will send ...,
President ... said" stays untied), not ambassadors, monarchs or organisation officers, not a title
shared by two persons, and not a title with a possessive or a state's name right before it.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.office_dateline import home_state, untied_setting
from kg.extract.office_states import EMPLOYER_WORDS, SPEECH
from kg.extract.office_topics import subject_opener
from kg.extract.persons import PersonFind
from kg.model import Mention, Sentence

_ABROAD = frozenset("ambassador monarch secretary-general director mayor governor senator".split())
_OPENS_CLAUSE = frozenset("as when while after before and but since".split())  # "as President Name said"
_OWNERS = frozenset("'s ’s his her its their whose".split())


def with_home_subject(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                      mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the home state filled in for the officials its own opening clause speaks for."""
    home = home_state(sentences)
    if home is None:
        return finds
    states_in, tied, shared = untied_setting(finds, mentions)
    homed: set[str] = set()
    for find in finds:
        key = find.mention.entity.key
        if not find.titles or key in tied or any(t.role in _ABROAD for t in find.titles) \
                or any(shared[(t.sentence, t.first)] > 1 for t in find.titles):
            continue
        index = find.mention.sentence
        subject = subject_opener(sentences[index], states_in.get(index, []))
        if subject is None or subject.entity != home:
            continue
        start = min(find.mention.first, *(t.first for t in find.titles))
        tokens = sentences[index].tokens
        if subject.last >= start or tokens[subject.last].text in ("'s", "’s"):
            continue  # "Bolivia's energy minister": the possessive rules read that
        if start > 0 and (tokens[start - 1].lower in _OWNERS
                          or any(m.last == start for m in states_in.get(index, []))):
            continue  # "Russia's Energy Minister", "his deputy"
        if _object_of_verb(tokens, start, find.mention.last):
            continue  # only the speaker put after the clause: "..., Energy Minister Name said", "..., ministry
            # spokesperson Name told reporters" (not "as Prime Minister Modi hosted President Muizzu")
        homed.add(key)
    return [replace(f, office_of=home) if f.titles and f.office_of is None and f.mention.entity.key in homed else f
            for f in finds]



def _object_of_verb(tokens, start: int, end: int) -> bool:
    """True when a lower-case word other than a body or portfolio word stands right before the title at
    *start*: "hosted President Muizzu", "as Chancellor Scholz arrived" (not "ministry spokesperson", nor
    "as President Name said", a speaker whose name at *end* a speech verb follows)."""
    if start == 0 or not tokens[start - 1].text[:1].islower() or tokens[start - 1].lower in EMPLOYER_WORDS:
        return False
    if tokens[start - 1].lower in _OPENS_CLAUSE:
        return end >= len(tokens) or tokens[end].lemma not in SPEECH
    return True
