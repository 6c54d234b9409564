"""Accusations of supplying: "Washington accused Pretoria of supplying arms to Moscow", "The UAE has been
accused by UN experts of arming the RSF", "cut ties with the UAE, accusing it of supplying the RSF". The
accused would give; an alleged flow keeps the alleged stage (README A4), and a denial by a party is its own
record."""

from __future__ import annotations

from kg.extract.dates import MONTH_NAMES, WEEKDAYS
from kg.extract.view import BE_FORMS, SentenceView, unique
from kg.model import EntityRef

_CALENDAR_LOWER = frozenset(w.lower() for w in (*MONTH_NAMES, *WEEKDAYS)) | frozenset("week month year".split())
_ACCUSING = frozenset("accuse suspect charge allege".split())


def accused_parties(view: SentenceView, first: int) -> tuple[tuple[EntityRef, ...], int] | None:
    """"accused South Africa of supplying arms": the accused actors and where the accusation starts."""
    if first >= 3 and view.lower[first - 1] == "by" and view.lower[first].endswith("ing"):
        # "accused the UAE of prolonging the war by arming the RSF": the means of what the accused is said to do
        return next((found for j in range(first - 2, max(1, first - 16), -1) if view.lower[j] == "of"
                     and view.lower[j + 1].endswith("ing") and (found := accused_parties(view, j + 1)) is not None), None)
    if first < 3 or view.lower[first - 1] != "of" or not view.lower[first].endswith("ing"):
        return None
    if view.lower[first - 2] == "and":  # "accused Belarus of allowing troops in and of supplying Moscow with fuel"
        return next((found for j in range(first - 3, max(1, first - 20), -1) if view.lower[j] == "of"
                     and view.lower[j + 1].endswith("ing") and (found := accused_parties(view, j + 1)) is not None), None)
    at = first - 2
    if view.lower[at] in _CALENDAR_LOWER and view.lower[at - 1] in ("on", "last", "this", "in"):
        at -= 2  # "accused neighbouring Uzbekistan on Tuesday of halting gas deliveries"
    if view.lower[at] in ("it", "them") and view.lemmas[at - 1] in _ACCUSING:
        # "cut ties with the UAE, accusing it of supplying the RSF": the actor named last before the accusation
        accusers = set(view.subject(at - 1)[0])
        named = [m for m in view.actors if m.last <= at - 1 and m.entity not in accusers and m.how != "demonym"]
        return ((named[-1].entity,), at - 1) if named else None
    if at not in view.actor_at or view.lower[view.actor_at[at].first - 1] == "by":
        return _accused_passive(view, first)  # "was accused (by Kyiv) of sending"
    group = view.group(view.actor_at[at])
    k = group[0].first - 1
    k -= k >= 0 and view.lower[k] in ("the", "neighbouring", "neighboring")
    if k < 0 or view.lemmas[k] not in _ACCUSING:
        return None
    return unique(m.entity for m in group), k


def accused_giver(view: SentenceView, frame, accused: tuple[tuple[EntityRef, ...], int]):
    """*frame* of the supply an accusation names, with the accused as giver. A stop with no getter named
    was a stop to the accuser ("Kyrgyzstan accused Uzbekistan of halting gas deliveries")."""
    givers, at = accused
    frame.donors = givers
    frame.quote_first = min(frame.quote_first, at)
    accusers = ()
    if frame.status == "declined" and view.lemmas[at] in _ACCUSING:
        accusers = tuple(a for a in view.subject(at)[0] if a not in givers)
    frame.segments = [(s, e, tuple(r for r in rs if r not in givers) if rs else (rs if rs is None else accusers))
                      for s, e, rs in frame.segments]
    return frame


_FIRMS = frozenset("companies firms entities suppliers manufacturers makers producers exporters traders dealers banks "
                    "individuals".split())


def _accused_passive(view: SentenceView, first: int) -> tuple[tuple[EntityRef, ...], int] | None:
    """"The UAE has been accused (by UN experts) of arming the RSF": the subject before the passive
    "accused" is the accused. (An aside ", accused of arming the RSF," is left alone: its frame would run
    on into the clause after it.)"""
    k = next((j for j in range(first - 2, max(0, first - 9), -1) if view.lower[j] in ("accused", "suspected")), None)
    if k is not None and view.lower[k - 1] not in BE_FORMS:  # "sanctions on a dozen Belarusian companies accused of"
        owner = next((view.actor_at[j] for j in range(k - 2, max(-1, k - 5), -1) if j in view.actor_at), None)
        if owner is not None and owner.how == "demonym" and view.lower[k - 1] in _FIRMS \
                and not any(view.lower[j] in (",", ".", ";") for j in range(k + 1, first)):
            return (owner.entity,), owner.first
        return None
    if k is None:
        return None
    if any(view.lower[j] in (",", ".", ";") for j in range(k + 1, first)):
        return None
    accused, at = view.subject(k)
    return (accused, at) if accused else None
