"""A state or body standing behind a speech verb: "a spokesperson for the Kremlin said", "officials in Kyiv
said", "Taiwan's defence ministry said", "Mali's junta said" (the body an unnamed speaker speaks for), and a name that starts
with a state and runs on in capitals up to the verb ("the Kuwait News Agency reported", "China Daily said")."""

from __future__ import annotations

from kg.extract.claim_body_modifiers import qualified_body
from kg.extract.gazetteer import slug
from kg.extract.institutions import BODY_VERB_GAP, LOWER_INSTITUTION as _LOWER_INSTITUTION
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_SPEAKER_NOUNS = frozenset("spokesperson spokesman spokeswoman official officials source sources representative "
                           "representatives adviser aide diplomat diplomats government authorities junta regime "
                           "rulers".split())
_RULERS = frozenset("junta regime rulers".split())  # a ruling body named by a noun is its state, as "government" is
_BODY_WORDS = _LOWER_INSTITUTION | _RULERS
_OUTSIDERS = frozenset("critics opponents supporters analysts experts observers economists activists campaigners "
                       "scholars researchers".split())  # "critics of Mali's junta said": the critics speak
_POSTED = frozenset("diplomat diplomats".split())  # placed "in" a capital as foreigners, not its officials


def speaks_for(view: SentenceView, mention: Mention, verb: int) -> bool:
    """"a spokesperson for the Kremlin said", "officials in Kyiv said", "Taiwan's defence ministry said":
    the state or body behind an unnamed speaker."""
    if mention.entity.kind == "person":
        return False
    if mention.first > 1 and view.lower[mention.first - 1] in ("of", "at", "within") \
            and view.lower[mention.first - 2] in _OUTSIDERS:
        return False  # "Critics of Mali's government said": a group named by what it criticises
    if view.possessive(mention):  # "Sudan's government on Tuesday accused": the day is no part of the body
        body = [k for k in range(mention.last + 1, verb) if view.lower[k] not in BODY_VERB_GAP]
        return 0 < len(body) <= 4 and (all(view.lower[k] in _BODY_WORDS for k in body) or qualified_body(
            [view.lower[k] for k in body], _BODY_WORDS)) and not any(view.tokens[k].text[:1].isupper() for k in body)
    k = mention.first - 1
    if k >= 0 and view.lower[k] == "the":
        k -= 1
    owned = any(m.entity.kind == "state" and k - 5 < m.last < k - 1 for m in view.actors)  # "a Chinese embassy official"
    if k >= 1 and view.lower[k] == "in" and view.lower[k - 1] in _POSTED:
        return False  # "Western diplomats in Bamako said": envoys posted there speak for their own states, not Mali
    return k >= 1 and view.lower[k] in ("for", "in", "at", "of") and view.lower[k - 1] in _SPEAKER_NOUNS \
        and mention.last + 3 >= verb and not owned


def name_with_state(view: SentenceView, mention: Mention, verb: int) -> EntityRef | None:
    """A name that starts with a state and runs on in capitals up to the verb: an outlet or body."""
    end = mention.last
    while end < verb and end - mention.last < 5 and view.tokens[end].text.isalpha() and (
            end not in view.actor_at or (view.actor_at[end].entity.kind == "person" and view.lower[end - 1] in
                                         ("for", "of", "and"))) \
            and (view.tokens[end].text[:1].isupper() or (view.lower[end] in ("for", "of", "and") and end > mention.last
                                                         and view.tokens[end + 1].text[:1].isupper())):
        end += 1  # "the Saudi Fund for Development said"
    if end == mention.last or end != verb or mention.entity.kind != "state":
        return None
    sentence = view.sentence
    name = sentence.text[mention.start - sentence.start:view.tokens[end - 1].end - sentence.start]
    return EntityRef("organisation", slug(name), name)
