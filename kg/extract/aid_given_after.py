"""Aid promised in a relative clause whose sentence then says it came: "The tanks that Germany promised Ukraine
in January have been delivered", "The howitzers that South Korea agreed to sell to Poland arrived in Gdynia on
Tuesday". The relative clause gives the earlier stage (pledged, approved, offered); the main verb after it tells
the goods handed over, so the report holds two stages of one flow (README A2: a flow pledged and later
delivered is two records)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.aid_nouns import Frame
from kg.extract.office_dateline import dateline_end
from kg.extract.view import CLAUSE_END, SentenceView

_OPENERS = frozenset("the those these all most some many".split())
_RELATIVES = frozenset("that which".split())
_ARRIVED = frozenset("arrived delivered handed shipped transferred reached".split())
_BEFORE_PASSIVE = frozenset("been were was".split())
_BEFORE_ACTIVE = frozenset("have has had already finally now all".split())
_STOPS = frozenset((",", ".", ";", "but", "and", "while", "although"))


def given_after(view: SentenceView, frames: list[Frame]) -> list[Frame]:
    """*frames* with a delivered copy of each flow promised in the subject's relative clause that the
    sentence's main verb says arrived or was delivered."""
    added: list[Frame] = []
    for frame in frames:
        if frame.status not in ("pledged", "approved", "offered") or not frame.donors \
                or not any(rs for _, _, rs in frame.segments) or not _in_subject_relative(view, frame.first):
            continue
        came = _came_after(view, frame.first)
        if came is not None and not any(f.status == "delivered" and f.donors == frame.donors for f in frames + added):
            added.append(replace(frame, status="delivered", quote_last=max(frame.quote_last, came + 1)))
    return frames + added


def _in_subject_relative(view: SentenceView, verb: int) -> bool:
    """Is the verb at *verb* in a relative clause on the sentence's opening noun phrase ("The tanks that
    Germany promised")?"""
    words = view.lower
    opening = dateline_end(view.sentence)  # "LIMA, Nov 18 — The helicopters that"
    if opening >= len(words) or words[opening] not in _OPENERS:
        return False
    rel = next((j for j in range(opening + 1, min(verb, opening + 14)) if words[j] in _RELATIVES), None)
    # ("the first three of nine Sikorsky UH-60 Black Hawk helicopters that")
    return rel is not None and verb - rel <= 5 and not any(w in _STOPS or w in CLAUSE_END for w in words[opening:verb])


def _came_after(view: SentenceView, verb: int) -> int | None:
    """The main verb after the relative clause that says the goods came: "have been delivered", "arrived"."""
    words = view.lower
    for k in range(verb + 1, len(words)):
        if words[k] in _STOPS or words[k] in CLAUSE_END:
            return None
        if words[k] in _ARRIVED and (words[k - 1] in _BEFORE_PASSIVE or words[k - 1] in _BEFORE_ACTIVE
                                     or words[k] in ("arrived", "reached") and k > verb + 2):
            return k
    return None
