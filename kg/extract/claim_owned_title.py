"""A title owned by a state, with no name: "Sudan's foreign minister had complained ...", "Brazil's president
said ...", "Japan's top government spokesman said ...". A body's unnamed head ("The IMF's managing director said") is
the body (gold rule C2). The holder named before speaks, else the state the text makes speak (gold rule C2)."""

from __future__ import annotations

from kg.extract.claim_titles import PersonTrail
from kg.extract.view import SentenceView
from kg.model import EntityRef

_TITLE_WORDS = frozenset("foreign defence defense finance prime interior economy trade energy deputy "
                         "minister president ambassador envoy premier chancellor".split())
_HEADS = frozenset("minister president ambassador envoy premier chancellor secretary".split())
_STAFF = frozenset("spokesman spokeswoman spokesperson diplomat official general negotiator".split())
_BODY_HEADS = frozenset("chief director head general commissioner".split())  # "the IMF's managing director"
# "Japan's top government spokesman", "Russia's top diplomat": one unnamed holder, the state speaks (C2)
_AUXILIARIES = frozenset("has have had also".split())
_OPENING = frozenset(", . ; : and but — –".split() + ['"', "“", "”"])  # the title opens its clause


def owned_title(view: SentenceView, verb: int, trail: PersonTrail) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb* after "<State>'s <title>" (and auxiliaries): (the speaker, where the state
    is named), or None."""
    k = verb - 1
    while k > 0 and view.lower[k] in _AUXILIARIES:
        k -= 1
    k = _posted_to(view, k)  # "Russia's ambassador to the UN said": where the envoy is posted is no speaker
    if k < 2 or view.lower[k] not in _HEADS | _STAFF | _BODY_HEADS or k in view.actor_at:
        return None
    head = k
    while k > 0 and (view.lower[k - 1] in _TITLE_WORDS or (head - k < 3 and _field(view, k - 1))) \
            and k - 1 not in view.actor_at:
        k -= 1  # "Indonesia's chief economic minister", "Kenya's top trade envoy"
    if view.lower[k - 1] not in ("'s", "’s") or k - 2 not in view.actor_at:
        return None
    owner = view.actor_at[k - 2]
    if owner.entity.kind == "organisation" and owner.last == k - 1 and owner.first > 0 and view.lower[owner.first - 1] \
            == "the" and (owner.first < 2 or view.lower[owner.first - 2] in _OPENING):
        return owner.entity, owner.first  # "The IMF's managing director said": the body speaks (C2)
    if view.lower[head] in _BODY_HEADS and view.lower[head] != "general":
        return None  # "Ukraine's army chief" is read elsewhere
    if owner.entity.kind != "state" or owner.last != k - 1 or (owner.first > 0 and view.lower[owner.first - 1] not in (
            "the", ",", ".", '"', "“", "”", "and", "but", "—", "–", "-", ")")):  # "WARSAW, Feb 14 — Poland's ..."
        return None  # "Sudan's foreign minister" opening its clause, not "a letter to Sudan's foreign minister"
    if view.lower[head] == "diplomat" and (envoy := trail.diplomat(owner.entity)) is not None \
            and envoy not in {m.entity for m in view.actors}:
        return envoy, owner.first  # "Russia's top diplomat said": the foreign minister named before
    if view.lower[head] in _STAFF:
        return owner.entity, owner.first  # not the minister named before: a spokesman is no minister
    president = view.lower[head] == "president"  # a president is no "Indonesia's chief economic minister"
    here = {m.entity for m in view.actors}  # "Colombia's foreign minister complained to Rubio": not Rubio
    holder = next((p for p in reversed(trail.named) if trail.states.get(p) == owner.entity
                   and (p in trail.presidents) == president and p not in here), None)
    return (holder or owner.entity), owner.first


_NOT_FIELDS = frozenset("the a an its his her their our new former then late acting".split())


def _field(view: SentenceView, k: int) -> bool:
    """A lower-case word of a title's field or rank ("chief", "economic", "oil") at *k*."""
    text = view.tokens[k].text
    return text.isalpha() and text.islower() and view.lower[k] not in _NOT_FIELDS


def _posted_to(view: SentenceView, k: int) -> int:
    """The envoy's title before "to the UN" / "to Seoul" ending at *k*, else *k*."""
    end = k
    mention = view.actor_at.get(k)
    start = mention.first if mention is not None and mention.last == k + 1 else k
    start -= start > 0 and view.lower[start - 1] == "the"
    head = start - 2
    if mention is None or head < 2 or view.lower[start - 1] != "to" or view.lower[head] not in ("ambassador", "envoy"):
        return end
    return head


def posted_places(view: SentenceView) -> set[int]:
    """Where the places envoys are posted to are named ("ambassador to the UN", "envoy to Seoul"): the
    speaker's frame, not what a statement naming nobody is about (gold rule C3)."""
    return {m.first for m in view.actors if _posted_to(view, m.last - 1) != m.last - 1}
