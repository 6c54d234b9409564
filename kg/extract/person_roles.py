"""Persons named bare and described by a role in lower case: "Tan Weiming, chairman of the shipping group",
"Anatoly Petrenko, the head of the arms exporter", "Hikmat Rahimov, who advises the president", "army chief
Asim Munir", "Gazprom chief executive Alexey Miller".

A role noun that is no office title (those are read by :mod:`kg.extract.persons`) still says that the
name next to it is a person:

* after the name, set off by a comma: a phrase whose head, before any "of", "whose" or "which", is a role
  noun ("chairman of ...", "the head of ...", "a former Indonesian prosecutor"), or "who";
* before the name: a lower-case role noun right before it ("chief executive X", "army chief X"), or
  a role noun, a comma and the name set off by another ("Pakistan's army chief, Asim Munir, met").

The name must look like a full name, as :func:`kg.extract.person_meets.looks_like_name` decides: two
name words at least, no institution word, no body or place tail. No names are listed.
"""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.name_spans import name_run, name_start
from kg.extract.person_cues import title_case_heading
from kg.extract.person_meets import looks_like_name, without_descriptors
from kg.extract.persons import PersonFind, person_mention
from kg.model import Sentence

ROLE_NOUNS = frozenset(
    """chairman chairwoman chairperson director head chief executive representative governor commander adviser
    advisor spokesman spokeswoman spokesperson founder owner manager coordinator administrator negotiator aide
    diplomat official lawyer attorney prosecutor judge professor researcher analyst economist activist journalist
    editor correspondent envoy emissary lawmaker legislator politician businessman businesswoman tycoon
    billionaire executive boss minister predecessor successor son daughter wife husband brother sister widow
    father mother nephew leader strongman ruler""".split()
)
# role nouns that stand right before a name with no comma: "chief executive Alexey Miller", "army chief X"
_BEFORE_NAME = frozenset("chief executive chairman chairwoman head director commander governor boss founder "
                         "spokesman spokeswoman spokesperson negotiator leader strongman ruler".split())
# where the head of an appositive has been passed: "a firm whose chairman", "the group, which"
_PAST_HEAD = frozenset("of whose which that who where when , . ; : ( ) and or for at in on to with from by".split())
_LEADERS = frozenset("the a an its his her their former then acting interim longtime veteran senior deputy".split())


def _role_after(sentence: Sentence, comma: int) -> bool:
    """Does an appositive headed by a role noun, or "who", follow the comma at *comma*?"""
    tokens = sentence.tokens
    k = comma + 1
    if k < len(tokens) and tokens[k].lower in ("who", "whom"):
        return True  # "Hikmat Rahimov, who advises ...", "Xue Bing, whom Beijing has named its envoy"
    if k + 2 < len(tokens) and tokens[k].text[:1].isupper() and tokens[k + 1].text in ("'s", "’s"):
        k += 2  # "Majid Chegeni, Iran's deputy oil minister"
    elif k >= len(tokens) or not (tokens[k].text[:1].islower() or tokens[k].lower in _LEADERS):
        return False  # a capital with no possessive opens a list: "Kulman Ghising, Renu Narang and ..."
    while k < len(tokens) and k - comma <= 6 and tokens[k].lower not in _PAST_HEAD:
        if tokens[k].lower in ROLE_NOUNS:
            return True
        k += 1
    return False


@needs(lambda: ROLE_NOUNS | {"who", "whom"}, nothing=[])
def role_persons(sentence: Sentence, taken: set[int]) -> list[PersonFind]:
    """Persons of one sentence named bare beside a role noun."""
    if title_case_heading(sentence):
        return []
    tokens, lowers = sentence.tokens, sentence.lowers
    spans: list[tuple[int, int]] = []
    for i, word in enumerate(lowers):
        if word == "," and i > 1 and _role_after(sentence, i):
            start = name_start(sentence, i, taken, limit=4)
            if start < i and not (start > 0 and lowers[start - 1] in ("the", "a", "an")):
                spans.append((start, i))
        elif word in _BEFORE_NAME and tokens[i].text[:1].islower() and i + 2 < len(tokens):
            at = i + 2 if tokens[i + 1].text == "," else i + 1  # "Pakistan's army chief, Asim Munir, met"
            end = name_run(sentence, at, taken, limit=4)
            if at == i + 1 or (end < len(tokens) and tokens[end].text == ","):
                spans.append((at, end))  # "NPC Chairman Zhao Leji", "chief executive Alexey Miller"
    found: list[PersonFind] = []
    for first, last in spans:
        first = without_descriptors(sentence, first, last)  # "Principal Secretary Kiptoo": a title the gazetteer lacks
        if last > first and not taken.intersection(range(first, last)) and looks_like_name(sentence, first, last):
            found.append(PersonFind(person_mention(sentence, first, last, "name")))
            taken.update(range(first, last))
    return found
