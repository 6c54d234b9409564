"""Goods followed by a give verb's participle and its agent, with no commas: "has relied on MiG-29 jets
supplied by Russia and Belarus", "flies F-16s donated by the Netherlands". The agent gives; the getter is a
state after "to" in the phrase, else the subject of the clause the goods stand in when it uses, flies or
relies on them ("Serbia's air force"); with neither, no flow is read here. The goods were handed over: delivered, unless a cue before says otherwise."""

from __future__ import annotations

from kg.extract.aid_checks import aid_like
from kg.extract.aid_nouns import Context, Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_STOPS = frozenset(", ; . : and or but that which who".split())
_BEFORE_GOODS = frozenset("on of with from to for in at by".split())
_HOLDING = frozenset("use fly operate field deploy rely depend receive get buy own include replace".split())
_NOT_GIVING = frozenset("fly".split())  # "Rafales flown by the Indian air force": who flies them, not who gave them
MAKERS = frozenset("manufacturer manufacturers maker makers firm firms company companies group".split())


def reduced_passive_frame(view: SentenceView, first: int, last: int, entry: Entry, context: Context) -> Frame | None:
    """The frame of "<goods> <participle at *first*> by <agent>" with no comma before the participle."""
    n = len(view.tokens)
    word = view.lower[first]
    if first < 1 or last + 1 >= n or view.lower[last] != "by" or word == view.lemmas[first] \
            or not word.endswith(("ed", "t", "n")) or not view.tokens[first - 1].text.isalnum() \
            or view.lower[first - 1] in _STOPS or (first - 1) in view.actor_at:
        return None
    if view.lemmas[first] in _NOT_GIVING:
        return None
    agent = view.actor_at.get(last + 1 + (view.lower[last + 1] == "the"))
    if agent is None or view.lower[agent.last:agent.last + 1] and view.lower[agent.last] in MAKERS:
        return None  # "radars built by the German manufacturer Hensoldt": made there, not given
    start = first - 1
    while start > 0 and first - start < 7 and view.lower[start - 1] not in _STOPS \
            and (start - 1) not in view.actor_at and (view.tokens[start - 1].text[:1].isalnum() or view.lower[start - 1] == "-") \
            and view.lower[start - 1] not in _BEFORE_GOODS and view.lemmas[start - 1] not in _HOLDING:
        start -= 1  # back to the head of the goods: "MiG-29 jets", "old Soviet-made tanks"
    if not aid_like(view, start, first):
        return None
    group = view.group(agent)
    donors = unique(m.entity for m in group)
    end = group[-1].last
    named = [m.entity for m in view.actors_in(end, min(n, end + 4)) if view.word_before(m) == "to"]
    subject, subject_at = view.subject(start)
    if not subject and view.actors and view.actors[0].first == 0 and view.actors[0].first < start:
        subject, subject_at = (view.actors[0].entity,), 0  # "Serbia's air force has relied until now on ..."
    holds = subject_at is not None and any(view.lemmas[j] in _HOLDING for j in range(subject_at, start))
    owners = tuple(s for s in subject if s.kind == "state" and s not in donors) if holds else ()
    recipients = tuple(named) or owners  # "flies jets supplied by Russia": who holds them got them
    if not recipients:
        return None
    quote_first = subject_at if owners and subject_at is not None else start
    return Frame(entry, first, last, donors, [(start, first, recipients)], "delivered", quote_first, end,
                 used_context=not (named or owners))
