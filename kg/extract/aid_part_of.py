"""A delivery named as part of an earlier promise: "handed over 30 ambulances to Ghana, part of a $5 million
grant announced in 2023", "the shells, part of a package approved in March". The promise is a stage of the same
flow (README A2: a flow pledged and later delivered is two records), with the stage its participle gives."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon

_STAGES = {"announced": "pledged", "pledged": "pledged", "promised": "pledged", "committed": "pledged",
           "unveiled": "pledged", "approved": "approved", "agreed": "approved", "signed": "approved",
           "offered": "offered"}
_DETERMINERS = frozenset("a an the its their this that".split())


def part_of_promise(view, frames: list[Frame]) -> list[Frame]:
    """*frames* plus, after a frame with a giver and a getter, the stage of "part of a <aid> <participle>"."""
    if "part" not in view.lower:
        return frames
    aid_nouns = load_lexicon().aid_nouns
    for at in range(len(view.lower) - 3):
        if view.lower[at:at + 2] != ("part", "of") or view.lower[at + 2] not in _DETERMINERS:
            continue
        noun = next((k for k in range(at + 3, min(at + 9, len(view.lower))) if view.lower[k] in aid_nouns), None)
        if noun is None or noun + 1 >= len(view.lower) or view.lower[noun + 1] not in _STAGES:
            continue
        given = next((f for f in reversed(frames) if f.last <= at and f.donors and any(rs for _, _, rs in f.segments)),
                     None)
        if given is None or view.lower[noun + 2:noun + 3] == ("by",) \
                or any(m.how != "description" for m in view.actors_in(at, noun + 2)):
            continue  # ("part of a package approved by Congress", "part of a US package": a party of its own)
        stage = _STAGES[view.lower[noun + 1]]
        getters = tuple(r for _, _, rs in given.segments if rs for r in rs)
        entry = Entry((view.lemmas[noun + 1],), "give", stage)
        frames = frames + [Frame(entry, noun + 1, noun + 2, given.donors, [(at + 3, noun + 1, getters)], stage, at,
                                 noun + 2, used_context=True)]
    return frames
