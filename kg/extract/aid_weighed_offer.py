"""An offer the getter is weighing: "Chile is studying an offer from Sweden to lease 14 Gripen fighters",
"Manila is considering a Japanese offer of patrol boats", "Kenya welcomed China's offer of vaccines". The offer
was made (README A3: offered); the subject of the weighing verb is who it was made to."""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.lexicon import Entry
from kg.extract.view import SentenceView, unique

_WEIGHING = frozenset("study consider weigh examine review evaluate assess mull welcome discuss".split())
_OFFERS = frozenset("offer offers proposal proposals".split())
ADDS_WITH = _OFFERS  # no frame added without one (aid_sentence_passes)
_BEFORE_NOUN = frozenset("a an the its their this that new fresh latest formal".split())
_ENTRY = Entry(("offer",), "give", "offered")


def weighed_offers(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* plus an offered frame for each offer a subject is weighing that no frame reads yet."""
    if _OFFERS.isdisjoint(view.lower) or _WEIGHING.isdisjoint(view.lemmas):
        return frames
    for at, word in enumerate(view.lower):
        if word not in _OFFERS or (frame := _weighed(view, at)) is None:
            continue
        covering = next((f for f in frames if f.first <= at < f.quote_last), None)
        if covering is None:
            frames = frames + [frame]
        elif not any(rs for _, _, rs in covering.segments) and set(covering.donors) <= set(frame.donors):
            getters = frame.segments[0][2]  # "is considering a Swedish offer of 14 Gripen fighters": the offer read
            covering.segments = [(s, e, getters) for s, e, _ in covering.segments]  # with no getter gets the subject
    return frames


def _weighed(view: SentenceView, at: int) -> Frame | None:
    k = at - 1
    offerers = []
    while k >= 0 and (view.lower[k] in _BEFORE_NOUN or k in view.actor_at or view.lower[k] in ("'s", "’s")):
        if k in view.actor_at and (view.actor_at[k].how == "demonym" or view.possessive(view.actor_at[k])):
            offerers.append(view.actor_at[k])  # "a Japanese offer", "China's offer"
        k -= 1
    if k < 1 or view.lemmas[k] not in _WEIGHING:
        return None
    after = at + 1
    if view.lower[after:after + 1] == ("from",) and (m := view.actor_at.get(after + 1 + (view.lower[after + 1:after + 2] == ("the",)))):
        offerers.append(m)  # "an offer from Sweden"
    givers = unique(m.entity for m in offerers if m.entity.kind in ("state", "organisation"))
    getters = tuple(s for s in view.subject(k)[0] if s.kind == "state" and s not in givers)
    if not givers or not getters:
        return None
    end = next((j for j in range(at + 1, len(view.tokens)) if view.lower[j] in (",", ";", ".")), len(view.tokens))
    return Frame(_ENTRY, at, at + 1, givers, [(at, end, getters)], "offered", k, end)
