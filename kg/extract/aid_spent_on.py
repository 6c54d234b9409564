"""Money a state spends on another: "The UAE has spent 500 million euros on rebuilding Yemen", "Japan has
spent $2 billion on reconstruction in Iraq", "Qatar spent $30 million on fuel for Gaza's power plant".

The spender gives and the state the spending is for gets (README A1: money, equipment or services from a
giver to a receiver). Spending on goods of another state's making is buying from it ("Poland spent $10
billion on American weapons": the seller gives, README A1). Spending on one's own needs ("spent 2% of GDP
on defence") names no other state and gives nothing.
"""

from __future__ import annotations

from kg.extract.aid_nouns import Frame
from kg.extract.aid_slots import status_cues
from kg.extract.lexicon import Entry, load_lexicon
from kg.extract.view import CLAUSE_END, SentenceView

_GIFT = Entry(("spend",), "give", "delivered")
_PURCHASE = Entry(("spend",), "receive", "delivered")
# what money spent on another state goes to: its rebuilding, its relief, its people's needs
_FOR_ANOTHER = frozenset("rebuilding reconstructing stabilising stabilizing supporting helping feeding arming "
                         "training housing".split())
_PURPOSES = frozenset("reconstruction rebuilding recovery relief aid assistance development projects project "
                      "infrastructure fuel food schools hospitals housing refugees".split())
_BEFORE_GETTER = frozenset("in for to of across".split())
_SUM_WORDS = frozenset("million billion trillion thousand hundreds millions billions dollars euros pounds yuan yen "
                       "about around some nearly almost more than over at least an estimated".split())

ADDS_WITH = frozenset({"spend"})  # no frame added without one (aid_sentence_passes)


def spent_on(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* plus a frame for each "X spent <sum> on <what another state gets>"."""
    if "spend" not in view.lemmas:
        return frames
    for at, lemma in enumerate(view.lemmas):
        if lemma == "spend" and not any(f.first <= at < f.quote_last for f in frames) \
                and (frame := _spent(view, at)) is not None:
            frames = frames + [frame]
    return frames


def _spent(view: SentenceView, at: int) -> Frame | None:
    on = _after_sum(view, at + 1)
    if on is None or not (spenders := tuple(s for s in view.subject(at)[0] if s.kind in ("state", "organisation"))):
        return None
    status = status_cues(view, at, "delivered", load_lexicon())
    if status not in ("delivered", "pledged"):
        return None  # "hopes to spend", "refused to spend": no money went
    first, end = on + 1, on + 1
    while end < len(view.tokens) and view.lower[end] not in CLAUSE_END and view.lower[end] not in (",", ";", ".") \
            and end - first < 8:
        end += 1
    words = view.lower[first:end]
    if not words:
        return None
    origin = next((view.actor_at[k] for k in range(first, min(first + 3, end)) if k in view.actor_at), None)
    if origin is not None and origin.how == "demonym" and origin.entity.kind == "state" \
            and origin.entity not in spenders:
        categories, _ = load_lexicon().categorise([t.text for t in view.tokens[first:end]])
        if categories in ([], ["financial"]):
            return None
        return Frame(_PURCHASE, at, at + 1, (origin.entity,), [(first, end, spenders)], status, at, end)
    if words[0] in _FOR_ANOTHER and first + 1 in view.actor_at:
        getter = view.actor_at[first + 1]  # "on rebuilding Yemen"
    elif words[0] in _PURPOSES or words[0].endswith("ian") and len(words) > 1 and words[1] in _PURPOSES:
        getter = next((view.actor_at[k + 1] for k in range(first, end - 1)
                       if view.lower[k] in _BEFORE_GETTER and k + 1 in view.actor_at), None)
    else:
        return None
    if getter is None or getter.entity.kind != "state" or getter.how == "demonym" or getter.entity in spenders:
        return None
    return Frame(_GIFT, at, at + 1, spenders, [(at + 1, end, (getter.entity,))], status, at, end)


def _after_sum(view: SentenceView, k: int) -> int | None:
    """The "on" after a sum spent ("$2 billion on", "about 500 million euros on"), else None."""
    start = k
    while k < len(view.tokens) and k - start < 8 and (view.lower[k] in _SUM_WORDS or view.lower[k][:1] in "$€£¥"
                                                      or view.lower[k][:1].isdigit() or view.lower[k] in ("a", "us")):
        k += 1
    if k == start or k >= len(view.tokens) or view.lower[k] != "on":
        return None
    return k
