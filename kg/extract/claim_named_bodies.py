""""The Indian Navy handed the ship over ... the navy said", "the Saudi Fund for Development (SFD), the fund
said": a description ("the navy", "the fund", "the embassy") stands for the body the text last named with
that word in its name, whether or not that body was quoted, so the claimant keeps the body's full name
(gold rule C2) rather than the bare noun or nothing."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_office_of import office_at
from kg.extract.gazetteer import slug
from kg.extract.institutions import BODY_HEADS
from kg.extract.view import SentenceView
from kg.model import EntityRef

SERVICE_NOUNS = frozenset("navy guard force".split())  # "the navy said", "the coast guard said"
_KEEP = 12  # the bodies remembered, newest last


def bodies_in(view: SentenceView, institution: Callable) -> list[EntityRef]:
    """The bodies the sentence names, in order: organisations, state funds and companies named as bodies
    ("Saudi Fund for Development"), and the bodies of states ("the Indian Navy", "Kenya's defence ministry")."""
    words = view.sentence.lower_set
    found = [office for k, word in enumerate(view.lower) if word == "office" and k > 0 and view.lower[k - 1] == "the"
             and (office := office_at(view, k)) is not None] if "office" in words else []  # "the office of Somalia's
    found = [ref for ref, _ in found]  # prime minister"
    states = not _BODY_WORDS.isdisjoint(words)  # (most sentences name no body of a state)
    for mention in view.actors:
        if mention.entity.kind == "organisation":
            found.append(mention.entity)
        elif mention.how == "body" and mention.text.split()[-1][:1].isupper() and not mention.text.isupper():
            found.append(EntityRef("organisation", slug(mention.text), mention.text))
        elif states and mention.entity.kind == "state" and (body := institution(view, mention) or _service_named(view, mention)):
            found.append(body[0])
    return found


def _service_named(view: SentenceView, mention) -> tuple[EntityRef, int] | None:
    """"the Bangladesh Navy", "the Japan Coast Guard": a state's name, then a capitalised service, as written."""
    end = mention.last
    while end < len(view.tokens) and end - mention.last < 2 and view.tokens[end].text.istitle() \
            and view.lower[end] in _SERVICES and end not in view.actor_at:
        end += 1
    if end == mention.last or view.lower[end - 1] not in SERVICE_NOUNS | {"army"}:
        return None
    sentence = view.sentence
    name = sentence.text[mention.start - sentence.start:view.tokens[end - 1].end - sentence.start]
    return EntityRef("organisation", slug(name), name), end


_SERVICES = frozenset("navy army air force coast guard".split())
_BODY_WORDS = BODY_HEADS | SERVICE_NOUNS | {"army"}  # the last word of any body institution or _service_named finds


def remember(named: list[EntityRef], view: SentenceView, institution: Callable) -> list[EntityRef]:
    """*named* with the bodies of this sentence added (the oldest dropped past a dozen)."""
    return [*named, *bodies_in(view, institution)][-_KEEP:]


def named_body(named: list[EntityRef], word: str, modifiers: tuple[str, ...] = ()) -> EntityRef | None:
    """The body last named with *word* ("navy", "fund", "embassy") and the description's *modifiers*
    ("coast" of "the coast guard") among its words, else None."""
    return next((ref for ref in reversed(named) if {word, *modifiers} <= set(ref.label.lower().split())), None)
