"""Money or help "with" which a state does something, from a named giver: "With funding from Saudi Arabia,
Pakistan will build two dams", "Kenya built the railway with a loan from China", "With assistance from
Turkey, Somalia rebuilt its port". The giver after "from" gives to the subject of the clause the phrase belongs
to; the flow is delivered unless that clause speaks of the future ("will", "plans to"), then pledged.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import CLAUSE_END, SentenceView, unique

_ENTRY = Entry(("fund",), "give", "delivered")
# (not "help", "support" or "backing": "With support from China, Russia vetoed the resolution" is no flow)
MONEY = frozenset("funding financing money loan loans credit credits grant grants assistance aid".split())
_OPENING = frozenset("a an the some".split())
_FUTURE = frozenset("will would 'll shall plans plan intends aims expects".split())


def with_money_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each "with <money> from <giver>" read as the giver's flow to the clause's subject (the
    bare noun frame of the money, which names no getter, gives way to it)."""
    found = []
    for j, word in enumerate(view.lower):
        if word != "with" or (frame := _with_money(view, j)) is None:
            continue
        found.append(frame)
    if not found:
        return frames
    taken = {f.first for f in found}
    return [f for f in frames if not (f.first in taken and not any(rs for _, _, rs in f.segments))] + found


def _with_money(view: SentenceView, at: int) -> Frame | None:
    k = at + 1
    while k < len(view.lower) and k - at <= 3 and (view.lower[k] in _OPENING or (
            view.lower[k] not in MONEY and view.lower[k].isalpha() and view.tokens[k].text.islower())):
        k += 1  # "with a soft loan from", "with financial help from"
    if k + 2 >= len(view.lower) or view.lower[k] not in MONEY or view.lower[k + 1] != "from":
        return None
    named = k + 2 + (view.lower[k + 2] == "the")
    if named not in view.actor_at:
        return None
    group = view.group(view.actor_at[named])
    for n, m in enumerate(group[1:], start=1):
        if view.lower[m.first - 1] == "," and m.last < len(view.lower) and view.tokens[m.last].text.islower() \
                and view.lower[m.last] not in ("and", "or"):
            group = group[:n]  # "With financing from China, Kenya built": Kenya opens the main clause
            break
    givers = unique(m.entity for m in group if m.entity.kind in ("state", "organisation"))
    if not givers:
        return None
    getter, clause = _getter(view, at, group[-1].last)
    if getter is None or getter in givers:
        return None
    status = "pledged" if _FUTURE & set(view.lower[clause[0]:clause[1]]) else "delivered"
    return Frame(_ENTRY, k, k + 1, givers, [(k, k + 1, (getter,))], status, at, group[-1].last)


def _getter(view: SentenceView, at: int, end: int):
    """The state that is the subject of the clause "with" at *at* belongs to, and that clause's span: after
    the comma that closes a fronted "With ...," phrase, else before "with"."""
    start = at
    while start > 0 and view.lower[start - 1] not in CLAUSE_END and view.lower[start - 1] not in (";", ":", "—", "-"):
        start -= 1
    if start == at:  # fronted: "With funding from X, Y will build"
        comma = next((j for j in range(end, min(end + 8, len(view.lower))) if view.lower[j] == ","), None)
        if comma is None or comma + 1 not in view.actor_at:
            return None, (0, 0)
        mention = view.actor_at[comma + 1]
        stop = next((j for j in range(comma + 1, len(view.lower)) if view.lower[j] in CLAUSE_END), len(view.lower))
        return (mention.entity if mention.entity.kind == "state" and mention.how != "demonym"
                and not view.possessive(mention) else None), (comma + 1, stop)
    subject, _ = view.subject(at)
    states = [s for s in subject if s.kind == "state"]
    return (states[0] if len(states) == 1 else None), (start, at)
