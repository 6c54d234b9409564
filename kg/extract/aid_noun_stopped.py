"""A supply named by an aid noun as the subject of a stopping verb: "Russia's gas deliveries to Moldova stopped on
January 1", "Fuel shipments from Venezuela to Cuba abruptly stopped in October", "Indonesia's planned purchase of
Russian Su-35 fighters was dropped in 2021". The noun's flow (giver, getter,
goods) is the one stopped: it gets a declined record of its own (README A3), and its own record stays (supplies
since stopped were delivered)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.view import CLAUSE_END, SentenceView

_BETWEEN = frozenset("have has had was were been is are also then abruptly suddenly finally stayed remained remains "
                     "remain stays still".split())  # ("stayed frozen")
_LINKS = frozenset("to from for the and".split())
_STOPPING = frozenset("stop halt cease suspend freeze pause".split())
# a deal or plan called off, in the passive: "Indonesia's planned purchase of Su-35 fighters was dropped in 2021"
# (not "gas deliveries dropped by half": fell)
_CALLED_OFF = frozenset("drop scrap shelve abandon cancel block veto axe".split())
_PASSIVE = frozenset("was were been be".split())
_NOUN_FRAMES = frozenset(("aid-noun", "purchase-noun", "offer-noun"))
_NOUN_LEADS = frozenset("'s ’s the a an planned proposed its their".split())  # "Indonesia's planned purchase of"
# what may follow an objectless stop: its time, manner or reason, or the clause's end
_AFTER_STOP = frozenset("in on after since last this altogether abruptly completely because amid when".split())


def stopped_noun_flows(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a declined copy of each aid noun's flow whose noun phrase is the subject of a stop."""
    if any(f.status == "declined" and any(rs for _, _, rs in f.segments) for f in frames):
        return frames
    covered = {k for m in view.actors for k in range(m.first, m.last)}  # "to Moldova", "from Russia to Moldova"
    for frame in frames:
        noun = frame.trigger.frame in _NOUN_FRAMES or frame.first > 0 and view.lower[frame.first - 1] in _NOUN_LEADS
        if not noun or frame.status not in ("delivered", "pledged", "approved") \
                or not frame.donors or not any(rs for _, _, rs in frame.segments):
            continue
        verb = frame.quote_last if frame.trigger.frame == "aid-noun" else max(e for _, e, _ in frame.segments)
        while verb < len(view.tokens) and (view.lower[verb] in _BETWEEN or view.lower[verb] in _LINKS
                                           or verb in covered or _adverb(view, verb)):
            verb += 1
        stops = view.lemmas[verb] in _STOPPING or view.lemmas[verb] in _CALLED_OFF and view.lower[verb - 1] in _PASSIVE
        if verb + 1 < len(view.tokens) and stops and not view.lower[verb].endswith("ing") \
                and (view.lower[verb + 1] in _AFTER_STOP or view.lower[verb + 1] in CLAUSE_END
                     or view.lower[verb + 1] in (",", ".", ";")):
            return frames + [replace(frame, status="declined", segments=list(frame.segments), quote_last=verb + 1)]
    return frames


def _adverb(view: SentenceView, at: int) -> bool:
    word = view.lower[at]
    return word.endswith("ly") and word.isalpha() and view.tokens[at].text.islower()
