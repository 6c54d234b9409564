"""The host of an accord signed in another state's capital: "a day after he had signed a mutual defence pact in
Pyongyang" is Russia's pact with North Korea, not one more accord between the two states the article is about.

AG1: an accord signed by one party's leader in a capital that belongs to none of the parties named has the host
state as the other party. The signer is the clause's own state, else the state of the person its pronoun
("he", "she") refers to.
"""

from __future__ import annotations

from kg.extract.meeting_hosts import host_word
from kg.extract.view import SentenceView
from kg.model import EntityRef


def host_pair(view: SentenceView, c_first: int, c_last: int, parties: tuple[EntityRef, ...],
              pronoun_state: EntityRef | None) -> tuple[EntityRef, ...]:
    """(signer, host) for a clause with fewer than two parties that names a capital after "in", else ()."""
    host = next((m.entity for m in view.state_in(c_first, c_last) if m.how == "capital" and m.entity.kind == "state"
                 and m.first > 0 and view.lower[m.first - 1] == "in"), None)
    if host is None or host in parties:
        return ()
    signer = parties[0] if parties else (
        pronoun_state if any(view.lower[j] in ("he", "she") for j in range(c_first, c_last)) else None)
    return (signer, host) if signer is not None and signer != host else ()


def where_pair(view: SentenceView, c_first: int, parties: tuple[EntityRef, ...],
               pronoun_state: EntityRef | None) -> tuple[EntityRef, ...]:
    """"will travel to the Philippines and then to Vietnam, where he is due to sign a memorandum": a clause opened
    by "where" after a state the trip goes to (or comes from: "arrived from Nairobi, where he signed") has that state
    as the other party (signer: the clause's own other
    state, else the state of the person "he"/"she" refers to); *parties* unchanged where no such host."""
    if c_first < 2 or view.lower[c_first] != "where" or view.lower[c_first - 1] != ",":
        return parties
    host = next((m for m in view.actors if _ends_before(view, m.last, c_first - 1) and m.entity.kind == "state"
                 and (host_word(view, m.first) or _left_for(view, m.first) or view.word_before(m) == "from")), None)
    if host is None:
        return parties
    others = [p for p in parties if p != host.entity]
    signer = others[0] if others else pronoun_state if any(view.lower[j] in ("he", "she") for j in range(
        c_first, min(c_first + 4, len(view.tokens)))) else None
    return (signer, host.entity) if signer is not None and signer != host.entity else parties


_TIME = frozenset("late early later on in the this that next same day night evening morning afternoon".split())
_LEAVE = frozenset("leave depart head set".split())


def _ends_before(view: SentenceView, end: int, comma: int) -> bool:
    """Does an actor ending at *end* stand before the comma at *comma*, over a time phrase at most ("left for
    Tanzania late on Thursday, where ...")?"""
    return end == comma or (end < comma <= end + 5 and all(
        view.lower[j] in _TIME or view.tokens[j].text[:1].isupper() and j not in view.actor_at for j in range(end, comma)))


def _left_for(view: SentenceView, at: int) -> bool:
    """"left for Tanzania", "departed for Doha", "headed for Seoul", "set off for": a trip's next host."""
    k = at - 1
    if k > 0 and view.lower[k] == "the":
        k -= 1
    if k < 1 or view.lower[k] != "for":
        return False
    j = k - 1 if view.lower[k - 1] not in ("off", "out") else k - 2
    return j >= 0 and view.lemmas[j] in _LEAVE


_SETTINGS = frozenset("during at in on after before while".split())


def without_fronted_host(view: SentenceView, c_first: int, first: int, parties: tuple[EntityRef, ...]) -> tuple[EntityRef, ...]:
    """*parties* without the state of a fronted setting ("During a visit to Moscow, the presidents of Armenia and
    Azerbaijan signed a ceasefire deal": Russia hosted, it signed nothing) where the clause after its comma names two
    parties of its own; *parties* unchanged elsewhere ("During a visit to Moscow, Lukashenko signed a deal")."""
    if view.lower[c_first] not in _SETTINGS or not view.tokens[c_first].text[:1].isupper():
        return parties
    comma = next((j for j in range(c_first + 1, first) if view.lower[j] == ","), None)
    if comma is None:
        return parties
    setting = {m.entity for m in view.actors_in(c_first, comma)}
    rest = [p for p in parties if p not in setting]
    return tuple(rest) if len(rest) >= 2 and len(rest) < len(parties) else parties
