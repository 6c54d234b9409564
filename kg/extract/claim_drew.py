"""A reaction named as a noun that something drew from its speakers: "India's purchases drew criticism from
the United States and European countries", "..., an omission that drew criticism from the government in
Port Sudan", "..., drawing condemnation from Kyiv". Each speaker after "from" makes the claim (gold rules C1:
a reaction is a statement; C2: coordinated speakers each make it); it is about what drew the reaction: the
words before the verb in its own clause, or the main clause that a relative or a participle looks back to."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef

_DRAW = frozenset("drew drawn draw draws drawing attracted attracts attracting".split())
_OPPOSED = frozenset("criticism criticisms condemnation condemnations protest protests rebuke rebukes objection "
                     "objections complaint complaints outrage anger backlash censure".split())
_BACKED = frozenset("praise support backing approval applause".split())
_MODIFIERS = frozenset("sharp sharper strong stronger fierce harsh swift immediate international widespread "
                       "angry furious loud renewed some further".split())
_AUXILIARIES = frozenset("has have had also already quickly has been".split())
_LOOK_BACK = frozenset("that which".split())  # "an omission that drew criticism": what the clause before says
_BREAKS = frozenset(", ; . which who where while whose".split())
_GROUP_NOUNS = frozenset("allies countries governments capitals states partners critics lawmakers officials "
                         "neighbours neighbors groups members leaders activists diplomats".split())
_NOT_IN_GROUP = frozenset("some many several its their his her of from and the a".split())


def reactions_from(view: SentenceView, speaker) -> list[tuple[EntityRef, int, int, str]]:
    """(speaker, first, last, stance) for each speaker of a reaction noun that something drew in the
    sentence; *speaker* turns a speaker mention into the claimant."""
    if _DRAW.isdisjoint(view.sentence.lower_set):
        return []
    found = []
    for j, word in enumerate(view.lower):
        if word not in _DRAW:
            continue
        noun = j + 1
        while noun < len(view.tokens) and view.lower[noun] in _MODIFIERS:
            noun += 1
        if noun + 1 >= len(view.tokens) or view.lower[noun + 1] != "from":
            continue
        stance = "opposes" if view.lower[noun] in _OPPOSED else "supports" if view.lower[noun] in _BACKED else None
        if stance is None:
            continue
        first, last = _reacted_to(view, j)
        if last - first < 1:
            continue
        found += [(who, first, last, stance) for who in _speakers(view, noun + 2, speaker)]
    return found


def _reacted_to(view: SentenceView, verb: int) -> tuple[int, int]:
    """The tokens saying what drew the reaction at *verb*."""
    k = verb - 1
    while k > 0 and view.lower[k] in _AUXILIARIES:
        k -= 1
    start = max((x + 1 for x in range(k + 1) if view.lower[x] in _BREAKS), default=0)
    looks_back = view.lower[verb] == "drawing" and view.lower[verb - 1] == "," or view.lower[k] in _LOOK_BACK \
        or (view.lower[k] == "and" and any(view.lower[x] in _LOOK_BACK for x in range(start, k)))
    if not looks_back:
        return start, k + 1 if view.lower[k] not in _AUXILIARIES else k
    comma = start - 1 if start > 0 and view.lower[start - 1] == "," else verb - 1
    clause = max((x + 1 for x in range(comma) if view.lower[x] in (";", ".")), default=0)
    opener = next((m for m in view.actors if clause <= m.first < comma and not view.in_pp(m)
                   and not view.possessive(m)), None)
    if opener is not None:  # "India has bought more Russian crude since ..., drawing criticism": India's doing
        return opener.first, view.group(opener)[-1].last  # "Japan and Korea signed ...": both
    return clause, comma  # the main clause before the aside: "X was not invited, an omission that ..."


def _speakers(view: SentenceView, k: int, speaker) -> list[EntityRef]:
    """The coordinated speakers from token *k* on: named actors and plural groups ("European countries")."""
    found: list[EntityRef] = []
    while k < len(view.tokens) and view.lower[k] not in (";", ".", "which", "who", "over", "for", "after"):
        mention = view.actor_at.get(k)
        if mention is not None:
            found.append(speaker(mention))  # "the government in Port Sudan": the capital stands for its state
            k = mention.last
            continue
        if view.lower[k] in _GROUP_NOUNS and view.tokens[k].text.islower():
            found.append(_group(view, k))
        if view.lower[k] == "," and not (k + 1 < len(view.tokens) and (view.lower[k + 1] in ("and", "the")
                                                                       or k + 1 in view.actor_at)):
            break
        k += 1
    return list(dict.fromkeys(found))


def _group(view: SentenceView, j: int) -> EntityRef:
    """"European countries", "some of its Western allies": the group named by its noun and the words before it."""
    first = j
    while first > 0 and j - first < 2 and view.tokens[first - 1].text.isalpha() \
            and view.lower[first - 1] not in _NOT_IN_GROUP:
        first -= 1
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:view.tokens[j].end - sentence.start]
    return EntityRef("group", slug(name), name)
