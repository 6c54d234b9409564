"""A builder or supplier engaged by the state that gets the work: "Uzbekistan signed a contract with
Russia's state nuclear company Rosatom to build a small nuclear power plant", "Kazakhstan picked Russia to
build its first nuclear plant", "Cairo hired a Chinese firm to supply the trains". The one engaged gives
(the infinitive's subject is the object of the hiring verb or the partner of the contract), the one who
engages it gets; a contract signed or a builder chosen is approved (README A3)."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import item_segments
from kg.extract.lexicon import Entry
from kg.extract.view import CLAUSE_END, SentenceView

_HIRING = frozenset("choose pick select hire commission contract tap award engage".split())
_DEALS = frozenset("contract contracts deal deals agreement agreements accord memorandum".split())
_BACK_POINTING = frozenset("it them".split())  # the object pronoun of "to lend it": the partner gets
_TRANSFER = frozenset("lend loan give grant supply provide sell send deliver".split())  # not "to build it a port"


def _engaged(view: SentenceView, to: int):
    """The actor engaged before the "to" at *to*, and the token of the hiring word, if any."""
    for j in range(to - 1, max(-1, to - 14), -1):
        word = view.lower[j]
        if word == ")" and view.lower[j - 2:j - 1] == ("(",) or word == "(" and view.lower[j + 2:j + 3] == (")",):
            continue  # "Israel Aerospace Industries (IAI) to provide": a short name in brackets
        if word in (",", ";", ".") or word in CLAUSE_END:
            return None
        if view.lemmas[j] in _HIRING and j + 1 < to:
            k = j + 1 + (view.lower[j + 1] == "the")
            while k < to - 1 and k not in view.actor_at and k - j < 6 and (
                    view.lower[k] == "-" or view.tokens[k].text.islower()):
                k += 1  # "contracted state-owned Israel Aerospace Industries to provide"
            if k in view.actor_at:
                return view.actor_at[k], j
        if word == "with" and j > 0 and view.lower[j - 1] in _DEALS:
            k = j + 1 + (view.lower[j + 1] == "the")
            if k in view.actor_at and k < to:
                return view.actor_at[k], j - 1
    return None


def hired_frame(view: SentenceView, first: int, last: int, entry: Entry) -> Frame | None:
    """The frame of a give verb at *first* ("to build") whose subject is a builder engaged by the main subject."""
    to = first - 1
    if first >= 4 and view.lower[first - 1] in ("will", "would") and view.lower[first - 2] in ("that", "which"):
        # "picked Rosatom to lead an international consortium that will build the plant"
        to = next((k for k in range(first - 3, max(0, first - 10), -1) if view.lower[k] == "to"), 0)
    if to < 2 or view.lower[to] != "to":
        return None
    found = _engaged(view, to)
    if found is None:
        return None
    builder, hiring_at = found
    getters, subject_at = view.subject(hiring_at)
    getters = tuple(g for g in getters if g != builder.entity and g.kind == "state")
    if not getters or builder.entity.kind != "state":
        return None
    if last < len(view.tokens) and view.lower[last] in _BACK_POINTING and view.lemmas[first] in _TRANSFER \
            and view.lemmas[hiring_at] not in _HIRING:  # ("contracted IAI to provide it with": "it" is who hired)
        # "signed an agreement with Ukraine to lend it $3 billion": the partner is who gets, the signer gives
        segments, end = item_segments(view, last + 1, len(view.tokens), getters)
        segments = [(s, e, (builder.entity,)) for s, e, _ in segments[:1] if e > s]
        return Frame(entry, first, last, getters, segments, "approved",
                     subject_at if subject_at is not None else hiring_at, end) if segments else None
    start = last
    if view.lower[last:last + 2] in (("it", "with"), ("them", "with")):
        start = last + 2  # "contracted IAI to provide it with the Barak MX": the hirer gets what follows "with"
    segments, end = item_segments(view, start, len(view.tokens), (builder.entity,))
    segments = [(s, e, rs or getters) for s, e, rs in segments if e > s]
    if not segments:
        return None
    return Frame(entry, first, last, (builder.entity,), segments, "approved",
                 subject_at if subject_at is not None else hiring_at, end)
