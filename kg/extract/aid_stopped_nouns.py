"""A supply named by an aid noun that its giver stops or bars: "Germany cancelled the shipment of tanks to
Qatar", "Berlin blocked the export of tanks to Riyadh", "Russia cut gas supplies to Moldova", "Hungary has
blocked a 50 billion euro EU aid package for Ukraine". The stop makes the flow declined (README A3); a
giver that stops its own supply is the subject of the stopping verb."""

from __future__ import annotations

from kg.extract.aid_compound import hyphen_compound
from kg.extract.aid_urged_stop import urged_buyers
from kg.extract.view import SentenceView

_BLOCKING = frozenset("block veto freeze suspend halt delay stall scrap cancel withhold withdraw retract rescind revoke "
                      "ban bar embargo".split())
_OWN_STOP = frozenset("cancel scrap halt suspend withhold delay freeze".split())
# "Russia cut gas supplies to Moldova": the giver stops its own supply (the verbs only: "cuts in US aid",
# "the cuts to American assistance" name a reduction, no stop)
_CUTTING = frozenset("cut cutting slashed slashing curtailed curtailing".split())
# "Venezuela has halved oil shipments to Cuba": the supply goes on, smaller, from the one who reduced it
_REDUCING = frozenset("halve reduce".split())


def cancelled_by(view: SentenceView, first: int) -> int | None:
    """The verb by which a giver stops its own supply named by the aid noun at *first* ("cancelled the
    shipment", "scrapped a planned sale"), if any."""
    for j in range(first - 1, max(-1, first - 6), -1):
        if view.lower[j] in (",", ".", ";") or j in view.actor_at:
            return None
        if (view.lemmas[j] in _OWN_STOP or calls_off(view, j)  # "called off the sale"
                or cut_verb(view, j, stopped=False) or view.lemmas[j] in _REDUCING or (view.lemmas[j] in BARRING and view.lower[first] in _OWN_TRADE)) \
                and not hyphen_compound(view, j):
            return j  # "Berlin blocked the export of tanks to Riyadh": a state bars its own exports
    return None


BARRING = frozenset("block veto ban bar embargo".split())


def calls_off(view: SentenceView, at: int) -> bool:
    """Is the word at *at* "call" with "off" after it ("called off the purchase", "is calling off the sale")?"""
    return view.lemmas[at] == "call" and view.lower[at + 1:at + 2] == ("off",)


_OWN_TRADE = frozenset("export exports sale sales".split())


def cut_verb(view: SentenceView, j: int, stopped: bool = True) -> bool:
    """Is the token at *j* the verb "cut" ("slashed", "curtailed"), not the noun ("the cuts", "a deep cut")?
    With *stopped*, one that stops the supply, not a reduction by a share ("cut gas supplies to Moldova by a
    third": still supplied, by the one who cut them)."""
    return view.lower[j] in _CUTTING and j > 0 and view.lower[j - 1] not in ("the", "a", "an", "its", "their", "deep", "sharp") \
        and not (stopped and _by_a_share(view, j))


_SHARES = frozenset("half a one two three a quarter third fifth tenth".split())


def _by_a_share(view: SentenceView, j: int) -> bool:
    for k in range(j + 1, min(j + 12, len(view.tokens) - 1)):
        if view.lower[k] in (".", ";", ",", "but"):
            return False
        if view.lower[k] == "by" and (view.lower[k + 1][:1].isdigit() or view.lower[k + 1] in _SHARES):
            return True
    return False


def blocked(view: SentenceView, first: int) -> bool:
    """Is the aid noun the object of a verb that stops it ("blocked a package", "froze the aid", "blocked the release
    of 6.6 billion euros in EU military aid")?"""
    for j in range(first - 1, max(-1, first - 12), -1):
        if view.lower[j] in (",", ".", ";"):
            return False
        if (view.tokens[j].lemma.lower() in _BLOCKING or view.lower[j] in ("froze", "frozen", "vetoed", "blocked")
                or calls_off(view, j) or cut_verb(view, j)) \
                and not hyphen_compound(view, j):
            return urged_buyers(view, j) is None  # ("urged Seoul to suspend its arms sales": asked, not done)
    return False


_STOPPING = frozenset("freeze suspend halt withhold".split())


def stopping_verb_ends(view: SentenceView, at: int) -> bool:
    """Does a verb that stops a supply end at *at* ("cut off", "froze", "suspended", "halted", "withheld")?"""
    return view.lower[at] == "off" or view.lemmas[at] in _STOPPING


_ENTERING = frozenset("entering enter crossing cross border borders entry frontier".split())


def blocker_getter(view: SentenceView, first: int, donors: tuple) -> tuple:
    """The state that blocks aid named at *first* from entering it ("Venezuela blocked US aid from entering the
    country", "Venezuelan forces blocked American aid at the border"): the getter who turned it down (README A3)."""
    verb = next((j for j in range(first - 1, max(-1, first - 8), -1) if view.lemmas[j] in ("block", "bar", "stop")
                 and not hyphen_compound(view, j)), None)
    if verb is None or _ENTERING.isdisjoint(view.lower[first:min(len(view.tokens), first + 10)]):
        return ()
    return tuple(g for g in view.subject(verb)[0] if g.kind == "state" and g not in donors)
