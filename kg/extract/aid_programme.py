"""A lending body's programme for a state: "Pakistan's $7 billion IMF programme", "Under its programme with
the International Monetary Fund, Pakistan must ...", "the IMF's $3 billion programme for Ghana", "has drawn
$1.9 billion under the IMF programme". A programme, facility or arrangement of a lending body (an
organisation whose name says Bank or Fund) is money it lends to the state that has it. Named with no stage
it is unspecified (README A3); one that ended, lapsed or stalled is declined. Read only where no frame of
the sentence already has the body giving."""

from __future__ import annotations

from kg.extract.aid_lender_programme import lending_body
from kg.extract.aid_nouns import Context, Frame
from kg.extract.cues import needs
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView

_NOUNS = frozenset("programme program facility arrangement bailout".split())
_ENTRY = Entry(("programme",), "give", "unspecified")
_ENDED = frozenset("end collapse lapse expire suspend halt derail stall scrap cancel freeze shelve abandon terminate "
                   "ditch".split())  # "was scrapped in March 2022", "was frozen after the coup"
_MODIFIERS = frozenset("the a an its their new current existing previous last earlier expanded enlarged loan "
                       "lending bailout rescue funding credit extended fund facility three-year four-year "
                       "$ € billion million dollar euro 's ’s".split())


@needs(lambda: _NOUNS, nothing=[])
def programme_frames(view: SentenceView, frames: list[Frame], context: Context) -> list[Frame]:
    """A loan for each lending body's programme that a state has, when no frame gives it already."""
    found: list[Frame] = []
    n = len(view.tokens)
    for at, word in enumerate(view.lower):
        if word not in _NOUNS:
            continue
        start = at
        while start > 0 and (view.lower[start - 1] in _MODIFIERS or view.lower[start - 1][:1].isdigit()
                             or (start - 1) in view.actor_at):
            start -= 1  # back over "Pakistan's $7 billion IMF"
        inside = [view.actor_at[k] for k in range(start, at) if k in view.actor_at]
        lender = next((m.entity for m in inside if lending_body(m.entity)), None)
        k = at + 1
        if lender is None and k + 1 < n and view.lower[k] == "with":  # "its programme with the Fund"
            mention = view.actor_at.get(k + 1 + (view.lower[k + 1] == "the"))
            lender = mention.entity if mention is not None and lending_body(mention.entity) else None
        if lender is None or any(lender in f.donors for f in frames):
            continue
        getter = next((m.entity for m in inside if m.entity.kind == "state" and (view.possessive(m) or m.how == "demonym")), None)
        if getter is None and k + 1 < n and view.lower[k] == "for" and (mention := view.actor_at.get(k + 1)) is not None:
            getter = mention.entity if mention.entity.kind == "state" else None  # "the IMF's programme for Ghana"
        if getter is None and start > 0 and view.lower[start - 1] in ("under", "from", "through"):
            subject = [s for s in view.subject(start - 1)[0] if s.kind == "state"]
            getter = subject[0] if len(subject) == 1 else None  # "Ghana has drawn $1.9 billion under the IMF programme"
        if getter is None and view.lower[start:start + 1] in (("its",), ("their",)):
            getter = _clause_state(view, at) or (context.subject[0] if len(context.subject) == 1 else None)
        if getter is None:
            continue
        ended = any(view.lemmas[j] in _ENDED or view.lower[j:j + 2] == ("on", "hold")  # "... ended prematurely",
                    for j in range(at + 1, min(n, at + 12)))  # "has been on hold since September"
        found.append(Frame(_ENTRY, at, at + 1, (lender,), [(start, at + 1, (getter,))], "declined" if ended else "unspecified",
                           start, at + 1))
    return found


def _clause_state(view: SentenceView, at: int):
    """The state that is the subject of the sentence's main clause ("Under its programme with the Fund,
    Pakistan must raise taxes"), if one is."""
    subject = next((m for m in view.actors if m.first > at and m.entity.kind == "state" and not view.in_pp(m)
                    and not view.possessive(m) and view.lower[m.first - 1] == ","), None)
    return subject.entity if subject is not None else None
