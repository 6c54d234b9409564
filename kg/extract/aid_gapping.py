"""Gapped donors: "France committed 110 million euros and Germany 244 million euros".

Pledging-conference reports list donors after one verb: the second donor comes with its own
amount and no verb of its own, so it shares the first clause's verb, stage and recipients.
A conjunct counts as a gapped donor only when a state or organisation stands right after
"and" or a comma and an amount follows it at once; "and Germany's army" or "and Germany
said" are something else.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import SentenceView

_AMOUNT_OPENERS = frozenset("another an additional a further some nearly almost about around roughly over".split())
_JOINS = frozenset(("and", ",", ";"))


def _amount_ahead(view: SentenceView, i: int) -> bool:
    """Does an amount start at token *i*, perhaps after "another" or "a further": "$50 million", "another 30 tanks"?"""
    tokens = view.tokens
    if i >= len(tokens):
        return False
    if view.lower[i] in _AMOUNT_OPENERS and i + 1 < len(tokens):
        i += 1
        if view.lower[i - 1] in ("an", "a") and view.lower[i] in ("additional", "further") and i + 1 < len(tokens):
            i += 1
    return view.amount_at(i)


def _gaps(view: SentenceView, first: int, last: int, listed: bool = False) -> list[tuple[int, int, int]]:
    """(join token, donor token, amount start) of each gapped donor in tokens [first, last)."""
    found = []
    j = first
    while j < last:
        at = j + 1
        while at < last and view.lower[at] in ("and", "the"):  # ", and the UAE $1 billion"
            at += 1
        mention = view.actor_at.get(at) if view.lower[j] in _JOINS else None
        if mention is not None and mention.first == at and mention.how != "demonym" \
                and not view.possessive(mention) and _amount_ahead(view, mention.last + _with(view, mention.last, listed)):
            found.append((j, at, mention.last + _with(view, mention.last, listed)))
            j = mention.last
            continue
        j += 1
    return found


def _with(view: SentenceView, i: int, listed: bool) -> int:
    """1 when "with" stands at *i* before a gapped donor's amount in a list opened by "followed with"
    ("The US followed with $1 billion, the Netherlands with 821 million")."""
    return int(listed and i < len(view.tokens) and view.lower[i] == "with")


def _phrase_end(view: SentenceView, first: int, last: int) -> int:
    """Where the gapped donor's amount phrase ends: at the next comma, semicolon or full stop."""
    return next((j for j in range(first + 1, last) if view.lower[j] in (",", ";", ".")), last)


def gapped_frames(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """Split each give frame whose clause lists further donors with their own amounts."""
    out: list[Frame] = []
    for frame in frames:
        if frame.trigger.frame != "give" or not frame.donors or not frame.segments:
            out.append(frame)
            continue
        clause_end = min((f.first for f in frames if f.first > frame.last), default=len(view.tokens))
        gaps = _gaps(view, frame.last, clause_end, listed=frame.trigger.words[-1] == "with")
        if not gaps:
            out.append(frame)
            continue
        donors = [view.actor_at[at].entity for _, at, _ in gaps]
        cut = gaps[0][0]
        segments = [(s, min(e, cut), tuple(r for r in rs if r not in donors)) for s, e, rs in frame.segments if s < cut]
        if not segments:
            out.append(frame)
            continue
        recipients = segments[-1][2]
        out.append(replace(frame, segments=segments))
        stops = [join for join, _, _ in gaps[1:]] + [_phrase_end(view, gaps[-1][2], clause_end)]
        for (join, at, amount), stop, donor in zip(gaps, stops, donors):
            if donor in frame.donors or donor in recipients:
                continue
            out.append(replace(frame, donors=(donor,), segments=[(amount, stop, recipients)],
                               quote_first=at, quote_last=stop))
    return out
