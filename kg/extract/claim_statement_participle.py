""""Egypt's foreign ministry issued a statement condemning the strikes", "KCNA carried a statement by North
Korea's foreign ministry attacking the drills", "The White House put out a statement saying ...": a statement
that a participle describes is its issuer's words (gold rule C1: a statement is a claim), the issuer being
the one named after "by"/"from", else the subject that issued or released it."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_cues import commitment_frame
from kg.extract.claim_with_participle import said_after
from kg.extract.institutions import BODY_VERB_GAP
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_STATEMENTS = frozenset("statement statements communique communiqué declaration readout".split())
_ISSUED = frozenset("issued issues released releases published publishes posted posts put puts sent sends "
                    "circulated".split())
_ARTICLES = frozenset("a an the its their his her".split())
_COMMITS = frozenset("vowing promising pledging".split())
_BREAKS = frozenset(", ; . ( ) : –".split()) | {"—"}


def statement_participle(view: SentenceView, j: int, stances: dict[str, str],
                         speaker_of: Callable[[Mention], EntityRef],
                         body_of: Callable[[SentenceView, Mention], tuple[EntityRef, int] | None]):
    """At a participle *j* describing a statement: (issuer, first, last, stance) of what it says, else None."""
    word = view.lower[j]
    stance = "neutral" if word == "saying" else stances.get(word)
    if stance is None or j < 2 or (word in _COMMITS and not commitment_frame(view, j)):
        return None
    speaker = _issuer_after(view, j, speaker_of, body_of) if view.lower[j - 1] not in _STATEMENTS \
        else _issuer_before(view, j - 1, speaker_of, body_of)
    return None if speaker is None else said_after(view, j, speaker, stance)


def _issuer_after(view: SentenceView, j: int, speaker_of, body_of) -> EntityRef | None:
    """"a statement by North Korea's foreign ministry attacking": the body named between "by"/"from" and *j*."""
    k = next((x for x in range(j - 1, max(1, j - 7), -1) if view.lower[x] in ("by", "from")), None)
    if k is None or view.lower[k - 1] not in _STATEMENTS or any(view.lower[x] in _BREAKS for x in range(k, j)):
        return None
    owner = view.actor_at.get(k + 1 + (view.lower[k + 1] == "the"))
    if owner is None or owner.first != k + 1 + (view.lower[k + 1] == "the"):
        return None
    body = body_of(view, owner)
    if body is not None and body[1] == j:
        return body[0]  # "by North Korea's foreign ministry", "from the Iranian foreign ministry"
    return speaker_of(owner) if owner.last == j and not view.possessive(owner) else None


def _issuer_before(view: SentenceView, noun: int, speaker_of, body_of) -> EntityRef | None:
    """"Egypt's foreign ministry issued a statement": the subject that issued the statement at *noun*."""
    k = noun - 1
    if k < 1 or view.lower[k] not in _ARTICLES:
        return None
    verb = k - 1 - (view.lower[k - 1] == "out")  # "put out a statement"
    if verb < 1 or view.lower[verb] not in _ISSUED:
        return None
    end = verb
    while end > 0 and view.lower[end - 1] in BODY_VERB_GAP:
        end -= 1
    mention = next((m for m in view.actors if m.first <= 1 and (m.first == 0 or view.lower[0] == "the")), None)
    if mention is None:
        return None
    body = body_of(view, mention)
    if body is not None and body[1] == end:
        return body[0]  # "Egypt's foreign ministry issued a statement"
    return speaker_of(mention) if mention.last == end and not view.possessive(mention) else None


def statement_issued(view: SentenceView, speaker_of, body_of) -> EntityRef | None:
    """"Kenya's foreign ministry issued a statement on Monday": the issuer, for a later "the statement said"."""
    if _STATEMENTS.isdisjoint(view.sentence.lower_set):
        return None  # (most sentences)
    return next((who for k, word in enumerate(view.lower) if word in _STATEMENTS
                 and (who := _issuer_before(view, k, speaker_of, body_of)) is not None), None)
