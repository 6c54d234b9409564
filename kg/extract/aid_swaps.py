"""Currency swap lines: "Turkey's central bank renewed a currency swap agreement with the People's Bank of
China", "Argentina extended its currency swap with China", "Beijing has signed swap lines with more than
40 countries, including Argentina, Pakistan and Egypt". A swap line is credit in the lender's currency, so
the state that issues it gives (the ``swap_providers`` cue of kg/rules/aid.toml), whichever side is the
subject; with neither or both such a state, the partner after "with" gives (the one who tells of its own
swap line is usually the borrower). A line signed, renewed or extended is contracted: approved, also where a
frame of the noun ("its swap line") read it first. A line
drawn on, tapped or used has paid out to the subject, whoever issues the currency: "Argentina has drawn on
its swap line with China" is China's money delivered to Argentina."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.cues import revises
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import SentenceView, unique

_SWAP = frozenset("swap swaps".split())
_AFTER = frozenset("agreement agreements line lines deal deals arrangement arrangements facility".split())
_MAKING = frozenset("renew extend sign expand double raise roll agree finalize finalise conclude increase activate "
                    "enlarge".split())
_CONTRACTED = frozenset("renew extend sign roll conclude finalize finalise".split())
_DRAWING = frozenset("draw tap use".split())
_ENTRY = Entry(("swap",), "give", "approved")


def _providers() -> frozenset[str]:
    return load_lexicon().cues.get("swap_providers", frozenset())


@revises(lambda: _SWAP)  # "swap line"
def swap_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with every swap line given by its lender: read when no frame does, turned round when the
    frame's giver does not lend the currency and its getter does."""
    swaps = [j for j in range(len(view.tokens)) if view.lower[j] in _SWAP]
    if not swaps:
        return frames
    providers = _providers()
    revised = []
    for frame in frames:
        if any(frame.quote_first <= j < frame.quote_last for j in swaps) and len(frame.donors) == 1:
            getters = {r for _, _, rs in frame.segments for r in rs or ()}
            if len(getters) == 1 and (getter := next(iter(getters))).label in providers \
                    and frame.donors[0].label not in providers and getter.kind == frame.donors[0].kind == "state":
                frame = replace(frame, donors=(getter,), segments=[(s, e, frame.donors) for s, e, _ in frame.segments])
        revised.append(frame)
    for j in swaps:
        covering = [f for f in revised if f.quote_first <= j < f.quote_last and f.donors]
        drawn = _drawn_line(view, j)
        if drawn is not None:  # "has drawn on its swap line with China": other readings of it give way
            revised = [f for f in revised if f not in covering] + [drawn]
            continue
        found = _swap_line(view, j, providers)
        if any(rs for f in covering for _, _, rs in f.segments) and not _same_pair(view, j, covering, found):
            continue  # "China extended a currency swap line to Argentina": read with its getter
        if found is not None:  # (a frame of the swap noun with no getter gives way to it)
            revised = [f for f in revised if f not in covering] + [found]
    return revised


def _same_pair(view: SentenceView, at: int, covering: list[Frame], found: Frame | None) -> bool:
    """Do the frames over a swap noun ("renewed its swap line with Qatar" read as the noun "its swap") give
    the same pair as the line renewed, extended or signed (*found*), which then gives its stage? ("agreed a
    swap line" keeps the reading of its frames.)"""
    verb = next((k for k in range(at - 1, max(-1, at - 9), -1) if view.lemmas[k] in _MAKING), None)
    if found is None or verb is None or view.lemmas[verb] not in _CONTRACTED:
        return False
    pair = (found.donors, tuple(r for _, _, rs in found.segments for r in rs or ()))
    return all((f.donors, tuple(r for _, _, rs in f.segments for r in rs or ())) == pair for f in covering)


def _line_end(view: SentenceView, at: int) -> int:
    end = at + 1
    while end < len(view.tokens) and view.lower[end] in _AFTER:
        end += 1
    return end


def _drawn_line(view: SentenceView, at: int) -> Frame | None:
    """"<state> drew/tapped (sum) (on/from) (its) (currency) swap (line) with <partner>": the partner's
    money delivered to the state."""
    end = _line_end(view, at)
    verb = next((k for k in range(at - 1, max(-1, at - 9), -1) if view.lemmas[k] in _DRAWING), None)
    if verb is None or end + 1 >= len(view.tokens) or view.lower[end] != "with" or "." in view.lower[verb:at]:
        return None
    subject, subject_at = view.subject(verb)
    partner = next(iter(view.actors_in(end + 1, min(len(view.tokens), end + 6))), None)
    if len(subject) != 1 or subject[0].kind != "state" or partner is None or partner.entity.kind != "state" \
            or partner.entity == subject[0] or partner.first > end + 5:
        return None
    item = at - (view.lower[at - 1] == "currency")
    return Frame(_ENTRY, at, at + 1, (partner.entity,), [(item, at + 1, subject)], "delivered",
                 subject_at if subject_at is not None else verb, partner.last)


def _swap_line(view: SentenceView, at: int, providers: frozenset[str]) -> Frame | None:
    """"<subject> renewed/signed (its) (currency) swap (agreement/line) with <partner(s)>" at token *at*."""
    end = _line_end(view, at)
    verb = next((k for k in range(at - 1, max(-1, at - 9), -1) if view.lemmas[k] in _MAKING), None)
    if verb is None:
        return None
    subject, subject_at = view.subject(verb)
    item = at - (view.lower[at - 1] == "currency")  # "currency swap", not "swap agreement": an agreement is no goods
    if (end >= len(view.tokens) or view.lower[end] != "with") and len(subject) == 2 \
            and all(s.kind == "state" for s in subject):  # "India and the Maldives signed a currency swap"
        lenders = [s for s in subject if s.label in providers]
        if len(lenders) != 1:
            return None
        borrower = next(s for s in subject if s not in lenders)
        return Frame(_ENTRY, at, at + 1, tuple(lenders), [(item, at + 1, (borrower,))], "approved",
                     subject_at if subject_at is not None else verb, end)
    if end + 1 >= len(view.tokens) or view.lower[end] != "with":
        return None
    partners = [m for m in view.actors_in(end + 1, min(len(view.tokens), end + 16)) if m.entity.kind == "state"]
    stop = next((k for k in range(end + 1, len(view.tokens)) if view.lower[k] in (".", ";")), len(view.tokens))
    partners = [m for m in partners if m.first < stop and m.entity not in subject]
    if len(subject) != 1 or subject[0].kind != "state" or not partners:
        return None
    others = unique(m.entity for m in partners)
    if subject[0].label in providers and not any(p.label in providers for p in others):
        givers, getters = subject, others
    else:
        givers, getters = others[:1], subject
    return Frame(_ENTRY, at, at + 1, givers, [(item, at + 1, getters)], "approved",
                 subject_at if subject_at is not None else verb, partners[-1].last)
