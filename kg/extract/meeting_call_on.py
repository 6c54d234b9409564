"""Courtesy calls and welcomes told with a verb phrase: "He also called on President Droupadi Murmu" (a visit
paid, M1), not "called on Kishida to raise aid" (an appeal); "he was welcomed at the airport by Minister
Piyush Goyal" (a passive whose agent comes a few words after the verb)."""

from __future__ import annotations

from kg.extract.cues import needs
from kg.extract.view import BE_FORMS, SentenceView
from kg.model import EntityRef

_ENDS = frozenset(". ; : ( —".split())


def _person_after(view: SentenceView, k: int, reach: int = 8) -> int | None:
    """End of the first person named within *reach* tokens after *k*, before the clause ends."""
    for j in range(k, min(k + reach, len(view.tokens))):
        if view.lower[j] in _ENDS:
            return None
        actor = view.actor_at.get(j)
        if actor is not None and actor.entity.kind == "person":
            return actor.last
    return None


def called_on(view: SentenceView, first: int, last: int) -> bool:
    """"called on President X" with nothing after the name that makes it an appeal ("to", "for", "not to")."""
    end = _person_after(view, last, reach=6)
    if end is None:
        return False
    while end < len(view.tokens) and view.lower[end] == ",":  # "called on the president, X, to ..."
        k = _person_after(view, end + 1, reach=1)
        if k is None:
            break
        end = k
    return end >= len(view.tokens) or view.lower[end] not in ("to", "for", "not", "and", "'s", "’s")


_TO_CALL = frozenset("to will would may might could shall also later then".split())


@needs("call", nothing=[])
def to_call_on(view: SentenceView) -> list[tuple[int, int, str]]:
    """Courtesy calls still to be paid: "is due to call on President Marcos", "will call on X" (talks), not "a call on
    Monday" (the phone-call trigger's) nor "plan to call on X to resign" (an appeal, :func:`called_on`)."""
    return [(j, j + 2, "talks") for j in range(1, len(view.tokens) - 1)
            if view.lower[j] == "call" and view.lower[j + 1] == "on" and view.lower[j - 1] in _TO_CALL
            and called_on(view, j, j + 2)]


def welcomed_by(view: SentenceView, first: int, last: int) -> bool:
    """"was welcomed at the airport by Commerce Minister Piyush Goyal": a passive with a person after "by"."""
    if not any(view.lower[j] in BE_FORMS for j in range(max(0, first - 2), first)):
        return False
    by = next((j for j in range(last, min(last + 8, len(view.tokens))) if view.lower[j] == "by"), None)
    return by is not None and _person_after(view, by + 1, reach=6) is not None


_TIME_LINKS = frozenset("after before since until when".split())


def named_before(view: SentenceView, c_first: int, previous: EntityRef | None) -> EntityRef | None:
    """Whom "he" in the clause at *c_first* refers to when the sentence names persons before it: in a time clause
    after the main one, the main clause's subject, the sentence's first person ("The crown prince held talks with
    Modi, a day after he was welcomed by Goyal") or of a clause joined by "and" ("Modi called on Cuong, and in
    the afternoon he met To Lam"); elsewhere the last person named ("Tokayev's visit to Beijing, where he held
    talks with Xi"), also the clause's own subject before the pronoun ("Giang visited New Delhi in March, when he
    and Singh agreed"). Else *previous*, the person of the sentences before."""
    pronoun = next((j for j in range(c_first, len(view.tokens)) if view.lower[j] in ("he", "she")), c_first)
    # "visited New Delhi in March, when he and Singh agreed", "Tinubu visited Ghana in 2025, when he attended ...":
    # the subject the clause opens with counts too (not across an object pronoun: "X had met him shortly after he
    # landed" is the other man)
    paired = pronoun + 1 < len(view.tokens) and view.lower[pronoun + 1] == "and" or (
        pronoun > c_first and not any(view.lower[j] in ("him", "her") for j in range(c_first, pronoun)))
    before = [m.entity for m in view.state_in(0, pronoun if paired else c_first) if m.entity.kind == "person"
              and (m.first < c_first or _opens_clause(view, c_first, m.first))]
    if not before:
        return previous
    link = any(view.lower[j] in _TIME_LINKS and view.lower[j + 1] in ("he", "she")
               for j in range(max(0, c_first - 1), min(c_first + 4, len(view.tokens) - 1)))  # "a day after he was ..."
    # "Modi called on President Luong Cuong, and in the afternoon he met To Lam": the subject of the first clause
    coordinated = any(view.lower[j] in ("and", "but") for j in range(max(0, c_first - 1), min(pronoun, c_first + 1)))
    # "Chapo held talks with Majaliwa, before flying on to Nairobi, where he is to meet Ruto": the gerund's subject
    # is the main clause's, and so is the "he" of the place it went to
    gerund = any(view.lower[j] in ("before", "after") and view.lower[j + 1].endswith("ing")
                 for j in range(pronoun - 1, c_first - 8, -1) if j >= 0 and j > _last_first(view, pronoun))
    return before[0] if link or coordinated or gerund else before[-1]


def _last_first(view: SentenceView, pronoun: int) -> int:
    """The first token of the last person named before *pronoun* (-1 for none)."""
    return max((m.first for m in view.actors if m.entity.kind == "person" and m.last <= pronoun), default=-1)


def _opens_clause(view: SentenceView, c_first: int, at: int) -> bool:
    """The person at *at* is the subject the clause opens with (title words only before it)."""
    return all(view.tokens[j].text[:1].isupper() or j in view.actor_at for j in range(c_first, at))


_SEQUENCE = frozenset("later then afterwards subsequently".split())
_AUXILIARIES = frozenset("is was will has had would".split())


def shared_subject(view: SentenceView, c_first: int, previous: EntityRef | None) -> EntityRef | None:
    """The subject of a clause that goes on with "and later <verb>" after the sentence's first act ("He was greeted
    by Wong and later called on Mostyn", "Chinh toured a plant and then met Albanese"): the person the sentence
    opens with, or the one "He"/"She" at its start refers to (*previous*); None for any other clause."""
    after_and = c_first >= 1 and view.lower[c_first - 1] == "and" and view.lower[c_first] in _SEQUENCE
    and_verb = c_first + 1 < len(view.tokens) and view.lower[c_first] == "and" \
        and view.lower[c_first + 1] in _SEQUENCE | _AUXILIARIES  # "flew in on Tuesday, and is due in Singapore"
    if not (after_and or and_verb):
        return None
    if view.lower[0] in ("he", "she"):
        return previous
    first = next((m for m in view.actors if m.entity.kind == "person"), None)
    return first.entity if first is not None and first.first <= 3 else None
