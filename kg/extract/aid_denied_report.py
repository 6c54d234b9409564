"""A party dismissing a report of its own flow in the same sentence: "Egypt dismissed as baseless a report
that it had supplied rockets to Russia", "Kigali denies claims that it arms the rebels". The reported flow
keeps its stage (README A4: an alleged flow keeps the alleged stage) and the party's denial is a record of
its own; when the denial verb itself turned the reported verb into "denied" ("denied reports that it had
shipped missiles"), the alleged stage is added back. aid_rebuttal reads the denial that follows the claim ("..., a claim Tehran denies")."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.aid_rebuttal import DENY_LEMMAS, confirm_or_deny
from kg.extract.aid_slots import status_cues
from kg.extract.cues import revises
from kg.extract.lexicon import load_lexicon
from kg.extract.view import SentenceView

_REPORTS = frozenset("report reports claim claims allegation allegations accusation accusations suggestion "
                     "suggestions suggestion charge charges assertion assertions".split())
_STOPS = frozenset(". ; : but while".split())
_REPORTED = frozenset(("delivered", "pledged", "approved"))
# Supply verbs whose report a denial turns into "denied" ("troops were fighting for Russia" is no supply verb)
_GIVING = frozenset("supply send ship deliver provide give sell transfer export sold sent shipped".split())


@revises(lambda: DENY_LEMMAS, frames="needed")  # a denial verb over frames in hand
def denied_reports(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a denied record of each flow reported in a "that" clause its own party dismisses."""
    added = []
    for j, lemma in enumerate(view.lemmas):
        that = _report_clause(view, j) if lemma in DENY_LEMMAS and not confirm_or_deny(view, j) else None
        if that is None:
            continue
        deniers = set(view.subject(j)[0]) or _officials_of(view, j)
        for frame in frames:
            if frame.first > that and frame.status == "denied" and frame.trigger.words[0] in _GIVING and frame.donors \
                    and deniers & (set(frame.donors) | {r for _, _, rs in frame.segments for r in rs or ()}):
                # "Tehran denied reports that Iran had shipped missiles": the verb the denial turned into
                # "denied" still reports the alleged stage (README A4)
                alleged = status_cues(view, frame.first, frame.trigger.status, load_lexicon())
                if alleged == "pledged" and view.lower[frame.first].endswith("ing") \
                        and view.lower[frame.first - 1] in ("is", "are", "was", "were"):
                    alleged = "delivered"  # "accusations that it is sending drones": alleged as going on
                if alleged in _REPORTED and not any(f.status == alleged and f.donors == frame.donors
                                                    for f in frames + added):
                    added.append(replace(frame, status=alleged))
            parties = set(frame.donors) | {r for _, _, rs in frame.segments for r in rs or ()}
            if frame.first > that and frame.status in _REPORTED and frame.donors and deniers & parties \
                    and not any(f.status == "denied" for f in frames + added):
                added.append(replace(frame, status="denied", quote_first=min(frame.quote_first, j)))
    return frames + added


def _report_clause(view: SentenceView, at: int) -> int | None:
    """The "that" opening the reported clause after a denial verb at *at* ("dismissed as baseless a report
    that"), if a report noun comes between them."""
    seen_report = False
    for k in range(at + 1, min(len(view.tokens), at + 16)):  # "a report by a panel of UN experts that"
        word = view.lower[k]
        if word in _STOPS:
            return None
        if word in _REPORTS:
            seen_report = True
        elif word == "that":
            return k if seen_report else None
    return None


_OFFICIALS = frozenset("officials official diplomats spokesman spokeswoman spokesperson authorities ministers "
                       "sources".split())


def _officials_of(view: SentenceView, verb: int) -> set:
    """The state of "Officials in Minsk rejected claims ..." before the denial verb at *verb*: a subject of
    officials placed in or sent from an actor, whose denial is that actor's."""
    for k in range(verb - 1, max(1, verb - 6), -1):
        mention = view.actor_at.get(k)
        if mention is not None and mention.last == verb - (view.lower[verb - 1] in ("have", "has", "had")) \
                and view.lower[k - 1] in ("in", "from") and view.lower[k - 2] in _OFFICIALS:
            return {mention.entity}
    return set()
