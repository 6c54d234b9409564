"""A state that has its supply stopped: "Bulgaria and Poland had their supplies cut off in April", "Ukraine had
its aid frozen by Washington", "Moldova has had its gas halted". The state that *had* the supply stopped is
its getter, not its giver; the giver is the agent after "by", else the giver of the flow in hand (a supplier
named in an earlier sentence); the stop makes the flow declined (README A3). With no giver anywhere the
supply is left unread rather than given to its getter."""

from __future__ import annotations

from kg.extract.aid_nouns import Context, Frame
from kg.extract.view import SentenceView, unique

_HAVE = frozenset("had has have having".split())
_OWNERS = frozenset("its their his her".split())
_STOPPED = frozenset("cut halted suspended frozen stopped withheld blocked".split())


def had_stopped(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """*frames* with each supply that a state "had stopped" read from its giver to that state, declined."""
    if _HAVE.isdisjoint(view.lower) or _STOPPED.isdisjoint(view.lower):
        return frames  # (most sentences)
    kept: list[Frame] = []
    for frame in frames:
        found = _stopped_at(view, frame.first)
        if found is None:
            kept.append(frame)
            continue
        getters, item_first, participle = found
        agent = _agent(view, participle)
        donors = agent or tuple(d for d in context.donors if d not in getters)
        if not donors:
            continue  # "Bulgaria had its supplies cut off", no supplier known: Bulgaria gave nothing
        end = participle + 1 + (view.lower[participle + 1:participle + 2] in (("off",), ("back",)))
        kept.append(Frame(frame.trigger, frame.first, frame.last, donors, [(item_first, participle, getters)],
                          "declined", min(frame.quote_first, frame.first), max(frame.quote_last, end),
                          used_context=not agent))
    return kept


def _stopped_at(view: SentenceView, first: int) -> tuple[tuple, int, int] | None:
    """For an aid noun at *first* inside "<states> had <its> <noun> <stopped>", (the states, where the item
    starts, the participle)."""
    j = first - 1
    while j > 0 and view.lower[j] not in _OWNERS and first - j < 4 and view.lower[j].isalpha():
        j -= 1  # "their gas supplies", "its annual aid"
    if j < 1 or view.lower[j] not in _OWNERS or view.lower[j - 1] not in _HAVE:
        return None
    participle = next((k for k in range(first, min(first + 3, len(view.tokens))) if view.lower[k] in _STOPPED), None)
    if participle is None or any(not view.lower[k].isalpha() for k in range(first, participle)):
        return None
    have = j - 1
    while have > 0 and view.lower[have - 1] in _HAVE | {"also", "now", "already", "recently"}:
        have -= 1  # "has had", "had also had"
    owner = next((m for m in view.actors if m.last == have), None)
    if owner is None:
        return None
    getters = unique(m.entity for m in view.group_ending(owner) if m.entity.kind == "state")
    return (getters, j + 1, participle) if getters else None


def _agent(view: SentenceView, participle: int) -> tuple:
    """The giver named after "by" right after the participle ("frozen by Washington"), if any."""
    k = participle + 1 + (view.lower[participle + 1:participle + 2] in (("off",), ("back",)))
    if view.lower[k:k + 1] != ("by",):
        return ()
    mention = view.actor_at.get(k + 1) or view.actor_at.get(k + 2)
    return (mention.entity,) if mention is not None else ()

