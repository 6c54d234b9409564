""""Israel has denied the reports. Its military said ...", "..., its foreign ministry said": a state's body
named with "its" speaks as that body of the state spoken of just before (gold rule C2 names the
institution, with the state's demonym as for "Israel's military")."""

from __future__ import annotations

from kg.extract.gazetteer import slug
from kg.extract.institutions import BODY_VERB_GAP, LOWER_INSTITUTION, NAMED_INSTITUTIONS, demonym_of
from kg.extract.view import SentenceView
from kg.model import EntityRef

_OPENS = frozenset([",", ";", "—", "–", "-", "and", "but"])
_STATE_NOUNS = frozenset("country kingdom nation republic emirate".split())  # "the country's foreign ministry"


def its_body(view: SentenceView, verb: int, state: EntityRef | None) -> tuple[EntityRef, int] | None:
    """(the body "its <body>" before *verb* names, where "its" stands) for the *state* spoken of, or None.
    "the country's <body>" is the same, for the first state the sentence names before it ("India's oil imports
    fell, the country's oil ministry said"), else for the *state* spoken of."""
    k = verb - 1
    while k > 0 and view.lower[k] in BODY_VERB_GAP:
        k -= 1
    last = k
    while k >= 0 and (view.lower[k] in LOWER_INSTITUTION or (k < last and _field(view, k))) \
            and k not in view.actor_at and last - k < 3:
        k -= 1  # "its foreign ministry", "the country's oil ministry"
    name_start = k + 1
    if k >= 2 and view.lower[k] in ("'s", "’s") and view.lower[k - 1] in _STATE_NOUNS and view.lower[k - 2] == "the":
        k -= 2  # "the country's": "its"
        state = next((m.entity for m in view.actors if m.last <= k and m.entity.kind == "state"), state)
    elif view.lower[k:k + 1] != ("its",):
        return None
    if state is None or state.kind != "state" or k == last or view.lower[last] not in NAMED_INSTITUTIONS:
        return None
    if k > 0 and view.lower[k - 1] not in _OPENS:
        return None  # "the shipment reached its navy": an object, not the speaker
    demonym = demonym_of(state.key)
    if demonym is None:
        return None
    name = " ".join([demonym, *(view.tokens[x].text for x in range(name_start, last + 1))])
    return EntityRef("organisation", slug(name), name), k


def _field(view: SentenceView, k: int) -> bool:
    """A lower-case word of a body's field at *k* ("oil", "petroleum", "mines"), not a possessive or article."""
    text = view.tokens[k].text
    return text.isalpha() and text.islower() and view.lower[k] not in _NOT_FIELDS


_NOT_FIELDS = frozenset("its the a an his her their our whose".split())
_TITLE_HEADS = frozenset("minister president premier ambassador envoy spokesman spokeswoman spokesperson leader "
                         "chief emir king".split())
_TITLE_WORDS = _TITLE_HEADS | frozenset("prime foreign finance defence defense energy trade interior deputy vice "
                                        "acting top".split())


def its_official(view: SentenceView, verb: int, state: EntityRef | None) -> tuple[EntityRef, int] | None:
    """"Qatar's pledge came first. Its prime minister, who also serves as foreign minister, said ...": an unnamed
    office holder named with "its" opening the sentence speaks for the *state* spoken of (gold rule C2, as "a
    Qatari official said"); (the state, where "its" stands) or None."""
    if state is None or state.kind != "state" or view.lower[:1] != ("its",) or view.tokens[0].text != "Its":
        return None
    k = 1
    while k < verb and view.lower[k] in _TITLE_WORDS and k not in view.actor_at:
        k += 1
    if k == 1 or view.lower[k - 1] not in _TITLE_HEADS:
        return None
    if k < verb and view.lower[k] == ",":  # ", who also serves as foreign minister,"
        close = next((x for x in range(k + 1, verb) if view.lower[x] == ","), None)
        if close is None or view.lower[k + 1] != "who" or close != verb - 1:
            return None
        k = verb
    while k < verb and view.lower[k] in BODY_VERB_GAP:
        k += 1
    return (state, 0) if k == verb else None
