"""Part of a promised flow already handed over, said in a relative clause: "Norway promised eight tanks
to Ukraine, of which four have been delivered", "pledged $50 million, of which $20 million has been
disbursed"; or the promise named inside what was handed over: "has delivered only a fraction of the aid
it promised Ukraine". The pledge and the part given are a record each (README A2)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.cues import revises
from kg.extract.view import SentenceView

_HANDED = frozenset("delivered sent shipped disbursed paid transferred handed supplied provided received "
                    "arrived released spent".split())
_PROMISED = frozenset("pledged approved offered".split())
_NOTHING = frozenset("not none nothing no yet".split())


@revises(frames="needed")  # only copies frames in hand
def partly_given(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a delivered copy of the promise that "of which ... has been delivered" follows."""
    added = []
    for j in range(1, len(view.tokens) - 1):
        if view.lower[j] != "which" or view.lower[j - 1] != "of":
            continue
        verb = next((k for k in range(j + 1, min(j + 9, len(view.tokens)))
                     if view.lower[k] in _HANDED or view.lower[k] in (",", ";", ".")), None)
        if verb is None or view.lower[verb] not in _HANDED or set(view.lower[j:verb]) & _NOTHING:
            continue
        promise = next((f for f in reversed(frames) if f.quote_first < j and f.status in _PROMISED
                        and any(rs for _, _, rs in f.segments)), None)
        if promise is not None and not any(f.status == "delivered" and f.donors == promise.donors for f in frames):
            added.append(replace(promise, status="delivered", segments=list(promise.segments),
                                 quote_last=max(promise.quote_last, verb + 1)))
    return frames + added + _promised_inside(view, frames + added)


# The stage a verb of an earlier step names inside the item: "the loan it approved", "the tanks it promised".
_PROMISE_VERBS = {"promised": "pledged", "pledged": "pledged", "committed": "pledged", "approved": "approved",
                  "authorised": "approved", "authorized": "approved", "offered": "offered"}
# What a getter says it ordered is contracted: "received the first two of four jets it ordered from France"
# (only after its pronoun: "a freeze ordered by the president" is a command)
_ORDER_VERBS = {"ordered": "approved", "contracted": "approved"}
_SUBJECT_PRONOUNS = frozenset("it they we".split())


def _by_giver(view: SentenceView, k: int, donors) -> bool:
    """Is the promise verb at *k* a participle whose agent is the frame's giver: "the tanks promised by
    Portugal arrived in Ukraine"?"""
    agent = view.actor_at.get(k + 2) if k + 2 < len(view.tokens) and view.lower[k + 1] == "by" else None
    return agent is not None and agent.entity in donors


def _promised_inside(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """A pledged copy of a delivered frame whose item holds "<goods> it (had) promised (Y)" or "<goods>
    promised by <the giver>" (approved for
    "the loan it approved", also of a frame declined: "suspended the package it had approved"); the Y
    after the promise verb gets both when the supply verb named no one."""
    added = []
    for frame in frames:
        received = frame.trigger.frame == "receive" and frame.status == "delivered"
        if frame.status not in ("delivered", "declined") or (frame.trigger.frame != "give" and not received) \
                or not frame.donors:
            continue
        verbs = {**_PROMISE_VERBS, **_ORDER_VERBS} if received else _PROMISE_VERBS
        for s, e, recipients in frame.segments:
            k = next((k for k in range(s + 2, e) if view.lower[k] in verbs and (
                view.lower[k - 1] in _SUBJECT_PRONOUNS or (view.lower[k - 1] in ("had", "has")
                                                            and view.lower[k - 2] in _SUBJECT_PRONOUNS)
                or (view.lower[k] in _PROMISE_VERBS and _by_giver(view, k, frame.donors)))), None)
            stage = verbs.get(view.lower[k]) if k is not None else None
            if stage is None or any(f.status == stage and f.donors == frame.donors for f in frames + added):
                continue
            if not recipients and k + 1 in view.actor_at:  # "a fraction of the aid it promised Ukraine"
                getter = (view.actor_at[k + 1].entity,)
                segments = [(s, k - 1 - (view.lower[k - 1] in ("had", "has")), getter)]
                added.append(replace(frame, segments=segments))
                added.append(replace(frame, status=stage, segments=list(segments)))
            elif recipients:
                added.append(replace(frame, status=stage, segments=list(frame.segments)))
    return added
