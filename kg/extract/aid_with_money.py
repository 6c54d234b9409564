"""Money or help "with" which a state does something, from a named giver: "With funding from Saudi Arabia,
Pakistan will build two dams", "Kenya built the railway with a loan from China", "With assistance from
Turkey, Somalia rebuilt its port". The giver after "from" gives to the subject of the clause the phrase belongs
to; the flow is delivered unless that clause speaks of the future ("will", "plans to"), then pledged.
A state kept going "with" money names its giver as the subject: "Beijing has kept Caracas afloat with $60
billion in loans", "Riyadh propped up Cairo with deposits".
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView, unique

_ENTRY = Entry(("fund",), "give", "delivered")
# (not "help", "support" or "backing": "With support from China, Russia vetoed the resolution" is no flow)
MONEY = frozenset("funding financing money loan loans credit credits grant grants assistance aid".split())
_OPENING = frozenset("a an the some".split())
_FUTURE = frozenset("will would 'll shall plans plan intends aims expects".split())

ADDS_WITH = frozenset({"with"})  # no frame added without one (aid_sentence_passes)


def with_money_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with each "with <money> from <giver>" read as the giver's flow to the clause's subject (the
    bare noun frame of the money, which names no getter, gives way to it)."""
    found = []
    for j, word in enumerate(view.lower):
        if word != "with" or (frame := _with_money(view, j)) is None:
            continue
        if any(set(f.donors) & set(frame.donors) and {r for _, _, rs in f.segments if rs for r in rs}
               & set(frame.segments[0][2]) for f in frames):
            continue  # "supported Ukraine with $60 billion in aid": the supply verb's own frame has it
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
        return _propped_with(view, at)
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


_PROPPING = frozenset("keep kept prop rescue bail shore sustain support back help".split())
_KEEPING = frozenset("keep kept prop bail shore sustain".split())  # (not "helped Syria with air strikes")
_SPAN_STOP = frozenset(", ; . that which who while but".split())


def _propped_with(view: SentenceView, at: int) -> Frame | None:
    """"Beijing has kept Caracas afloat with $60 billion in loans": the subject of a verb of keeping a state
    going gives the money (or, for keeping it afloat or propping it up, the goods) after "with" to its object."""
    end = next((j for j in range(at + 1, len(view.lower)) if view.lower[j] in _SPAN_STOP), len(view.lower))
    if end == at + 1 or end - at > 10:
        return None
    verb = next((j for j in range(at - 1, max(-1, at - 6), -1) if view.lemmas[j] in _PROPPING), None)
    if verb is None:
        return None
    money = any(w in MONEY for w in view.lower[at + 1:end]) and view.lower[at + 1:end] not in (("aid",), ("assistance",))
    if not money and not (view.lemmas[verb] in _KEEPING
                          and load_lexicon().categorise([t.text for t in view.tokens[at + 1:end]])[0]):
        return None
    getters = [m for m in view.actors if verb < m.first < at and m.entity.kind == "state" and not view.possessive(m)]
    givers, _ = view.subject(verb)
    givers = tuple(g for g in givers if g.kind in ("state", "organisation"))
    if len(getters) != 1 or not givers or getters[0].entity in givers:
        return None
    return Frame(_ENTRY, at + 1, at + 2, givers, [(at + 1, end, (getters[0].entity,))], "delivered", verb, end)
