"""A body's name the person finder took for a person's ("the Nigerian Electricity Regulatory Commission said":
"Electricity Regulatory Commission" as a person): a name ending in a body's head noun is the body, named as
written with the demonym before it (gold rule C2: the institution, by its name)."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

BODY_HEADS = frozenset("commission authority company corporation board agency council bank ministry office fund "
                       "committee service institute directorate bureau".split())


def body_not_person(view: SentenceView, mention: Mention) -> tuple[EntityRef, int] | None:
    """(the body, its first token) when *mention* is a person mention right after a demonym whose last word is a
    body's head noun; else None."""
    if mention.entity.kind != "person" or mention.text.split()[-1].lower() not in BODY_HEADS:
        return None
    first = mention.first
    before = view.actor_at.get(first - 1)
    if before is None or before.last != first or before.entity.kind != "state" or before.how != "demonym":
        return None  # without a demonym before it the name may be a person's after all (read as before)
    first = before.first  # "the Nigerian Electricity Regulatory Commission"
    sentence = view.sentence
    name = sentence.text[view.tokens[first].start - sentence.start:mention.end - sentence.start]
    return EntityRef("organisation", slug(name), name), first
