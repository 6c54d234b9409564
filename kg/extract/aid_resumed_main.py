"""The main verb after a relative clause on the subject: "Germany, which pledged 18 tanks to Ukraine in
January, delivered the last of them on Monday", "South Korea, which agreed to sell Poland 1,000 tanks,
delivered another 40 this month". The relative clause's supply must not run on past the comma that closes
it and swallow the main clause, whose verb is a stage of its own (README A2: a flow pledged and later
delivered is two records)."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView

_RELATIVES = frozenset("which who".split())
_SUBJECT_OPENERS = frozenset("the — – -".split())  # "The United States, which", "SEOUL, May 3 — Seoul, which"
_BEFORE_VERB = frozenset("has have had also then later since already now will would".split())


def resumed_main(view: SentenceView, first: int, frames: list) -> bool:
    """Is the verb at *first* the main verb resumed after ", which ...," on the subject? If so, the frames
    read inside the relative clause are cut at the comma that closes it, and True is returned."""
    j = first - 1
    while j > 0 and (view.lower[j] in _BEFORE_VERB or view.lower[j].endswith("ly")):
        j -= 1  # "..., has since delivered", "..., quickly sent"
    if j < 4 or view.lower[j] != ",":
        return False
    close = j
    opener = None
    for k in range(close - 1, 0, -1):
        if view.lower[k] in CLAUSE_END or view.lower[k] in (".", ";"):
            return False
        if view.lower[k] in _RELATIVES:
            opener = k
            break
    # the relative clause follows the subject at the start of the sentence: "Germany, which ..."
    if opener is None or view.lower[opener - 1] != "," or opener - 2 not in view.actor_at:
        return False
    subject = view.actor_at[opener - 2].first
    if subject != 0 and view.lower[subject - 1] not in _SUBJECT_OPENERS:
        return False
    if "," in view.lower[opener + 1:close] or not any(opener < f.first < close for f in frames):
        return False
    for f in frames:
        if opener < f.first < close:
            f.segments = [(s, min(e, close), rs) for s, e, rs in f.segments if s < close]
            f.quote_last = min(f.quote_last, close)
    return True
