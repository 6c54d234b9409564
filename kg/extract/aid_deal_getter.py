"""The getter of a supply agreed in a deal between two parties, when the supply verb names none: "Qatar and
Pakistan signed a 10-year agreement for Qatar to supply liquefied natural gas", "Russia and Hungary signed a
contract under which Gazprom will deliver 4.5 billion cubic metres a year", "Bolivia signed contracts under which China
will build two plants" (the lone signer gets), "India signed an agreement with Sri
Lanka for India to supply fuel on credit". The two signers are the deal's parties (README AG1); the one that
supplies gives, so the other one gets. And a state that signs a deal "with" another state "to sell" is the
seller itself ("South Korea signed a deal with Poland to sell 180 tanks"), and so is one that signs one "to
supply" energy when it is a usual exporter and the partner is not ("Qatar signed a deal with China to supply LNG");
otherwise the partner supplies, as aid_hired reads it ("Egypt signed a contract with France to supply 30 Rafale
jets"; "with Hanwha to supply": a company signed with supplies).
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_signed_under import DEAL_WORDS
from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView
from kg.model import EntityRef

_DEALS = DEAL_WORDS | {"memorandum"}
_SIGNING = frozenset("signed inked concluded sealed struck reached".split())
_SUPPLYING = frozenset("supply deliver sell export provide ship".split())
_SELLING = frozenset("sell export".split())
_LINKS = (("for",), ("under", "which"), ("whereby",))  # the words between the deal and the supplier
_CLAUSE_STOPS = frozenset("; . : but while although because".split())
_TIME_WORDS = frozenset(w.lower() for w in ("on", "in", "last", "this", "week", "month", "year", "weekend",
                                            *MONTH_NAMES, *WEEKDAYS))


def deal_getters(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each giver-only supply inside a signed two-party deal given the other party as getter, and
    a supply read for the state a signer signed "with" given back to the signer."""
    revised = []
    for frame in frames:
        if frame.donors and frame.segments and not any(rs for _, _, rs in frame.segments) \
                and (other := _other_party(view, frame.first, frame.donors[0])) is not None and other not in frame.donors:
            frame = replace(frame, segments=[(s, e, (other,)) for s, e, _ in frame.segments])
        elif not frame.donors and len(getters := {r for _, _, rs in frame.segments if rs for r in rs}) == 1 \
                and (other := _other_party(view, frame.first, next(iter(getters)))) is not None \
                and other not in getters:
            frame = replace(frame, donors=(other,))  # "concluded a protocol under which electricity is to be supplied
            # to Kazakhstan": the other signer supplies
        elif (signer := _signer_of_supply(view, frame)) is not None:
            frame = replace(frame, donors=(signer,), segments=[(s, e, frame.donors) for s, e, _ in frame.segments])
        revised.append(frame)
    return revised


def _signer_of_supply(view: SentenceView, frame: Frame) -> EntityRef | None:
    """The signer of "X signed a contract with Y to sell ..." (or "to supply" energy X usually exports) when the
    frame has Y (a state by its name) give to X: X gives to Y."""
    first = frame.first
    if len(frame.donors) != 1 or first < 5 or view.lower[first - 1] != "to" or view.lemmas[first] not in _SUPPLYING:
        return None
    end = _before_time_phrase(view, first - 2)  # "with Poland last month to supply"
    if end not in view.actor_at:
        return None
    partner = view.actor_at[end]
    with_at = partner.first - 1 - (view.lower[partner.first - 1] == "the")
    if partner.entity != frame.donors[0] or partner.entity.kind != "state" or partner.how not in ("name", "capital") \
            or view.lower[with_at] != "with" or view.lower[with_at - 1] not in _DEALS:
        return None
    signing = next((k for k in range(with_at - 2, max(-1, with_at - 7), -1) if view.lower[k] in _SIGNING), None)
    subject, _ = view.subject(signing) if signing is not None else ((), None)
    if len(subject) != 1 or subject[0] == partner.entity \
            or any(rs != (subject[0],) for _, _, rs in frame.segments):
        return None
    if view.lemmas[first] not in _SELLING and not _usual_energy_giver(view, frame, subject[0], partner.entity):
        return None
    return subject[0]


def _usual_energy_giver(view: SentenceView, frame: Frame, signer: EntityRef, partner: EntityRef) -> bool:
    """Are the goods energy, the signer a usual energy exporter (kg/rules/aid.toml) and the partner not?"""
    lexicon = load_lexicon()
    exporters = lexicon.cues.get("energy_exporters", frozenset())
    items = [t.text for s, e, _ in frame.segments for t in view.tokens[s:e]]
    return "energy" in lexicon.categorise(items)[0] and signer.label in exporters and partner.label not in exporters


def _other_party(view: SentenceView, first: int, giver: EntityRef) -> EntityRef | None:
    """The signer of the deal before *first* that is not *giver*, when the deal has exactly two signers (the
    subject's two states, or the subject and the state after "with")."""
    deal = _deal_before(view, first)
    if deal is None:
        return None
    signing = next((k for k in range(deal - 1, max(-1, deal - 6), -1) if view.lower[k] in _SIGNING), None)
    if signing is None:
        return None
    subject, _ = view.subject(signing)
    partner = next((view.actor_at[k + 1 + (view.lower[k + 1] == "the")].entity for k in range(deal + 1, first)
                    if view.lower[k] == "with" and k + 1 + (view.lower[k + 1] == "the") in view.actor_at), None)
    parties = [*subject, *([partner] if partner is not None else [])]
    if len(set(parties)) == 1 and giver not in parties and parties[0].kind == "state":
        return parties[0]  # "Bolivia signed contracts under which China will build two plants": the lone signer gets
    if len(set(parties)) != 2 or giver not in parties:
        return None
    return next(p for p in parties if p != giver)


def _deal_before(view: SentenceView, first: int) -> int | None:
    """The deal noun that the supply at *first* is the purpose or the content of: "a deal for Qatar to supply",
    "a contract under which Gazprom will deliver"."""
    for k in range(first - 1, max(-1, first - 16), -1):
        word = view.lower[k]
        if word in _CLAUSE_STOPS:
            return None
        for link in _LINKS:
            if tuple(view.lower[k:k + len(link)]) == link:
                deal = _before_time_phrase(view, k - 1)  # "signed an agreement on Friday for Qatar to supply"
                if deal > 0 and view.lower[deal] == ",":  # "contracts, worth a combined $1.4 billion, under which"
                    opening = next((j for j in range(deal - 1, max(-1, deal - 10), -1) if view.lower[j] == ","), None)
                    deal = opening - 1 if opening is not None else deal
                return deal if deal >= 0 and view.lower[deal] in _DEALS else None
    return None


def _before_time_phrase(view: SentenceView, at: int) -> int:
    """The index before a short time phrase ending at *at* ("last month", "on Friday", "in 2023"), or *at*."""
    j = at
    while j >= 0 and j > at - 3 and (view.lower[j] in _TIME_WORDS or view.lower[j].isdigit()):
        j -= 1
    return j
