"""The next stop of a trip: "will visit Egypt and then travel on to Tunisia", "visited Hanoi on Monday before
heading to Laos", "to visit Egypt and to reach Tunisia later". A visit's host may be followed (after at most a
short time phrase) by "and", "then" or "before" and a short link of travel words ending in a state's name or
capital, which is a visit to that state too; "and then flew back to India" is no stop."""

from __future__ import annotations

from kg.extract.view import SentenceView

# the words that may link one stop to the next: conjunctions, "to", "on", travel verbs (by lemma)
_LINK = frozenset("and then to on also later before after travel go head fly continue reach stop move proceed "
                  "visit in".split())
_VERBS = frozenset("travel go head fly continue reach stop move proceed visit".split())
_OPENERS = ("and", "then", "before")


def next_stop(view: SentenceView, at: int, end: int) -> int | None:
    """Where the state of the next stop starts, after a host ending before *at*; None where no travel link
    follows within a few words or it names no state."""
    start = next((k for k in range(at, min(end, at + 4)) if view.lower[k] in _OPENERS), None)
    if start is None or any(k in view.actor_at or not view.tokens[k].text[:1].isalnum() for k in range(at, start)):
        return None
    j, verb = start, False
    while j < min(end, start + 5) and j not in view.actor_at and (view.lemmas[j] in _LINK or view.lower[j] in _LINK):
        verb = verb or view.lemmas[j] in _VERBS
        j += 1
    elided = "then" in view.lower[start:j] and j > start and view.lower[j - 1] == "to"  # "and then to Oman"
    if j + 1 < end and view.lower[j] == "the" and j + 1 in view.actor_at:
        j += 1  # "and then to the United Arab Emirates"
    if not (verb or elided) or j >= end or j not in view.actor_at:
        return None
    k = j - 1 if view.lower[j - 1] != "the" else j - 2
    return j if view.lower[k] in ("to", "in") or view.lemmas[k] in _VERBS else None



def tour_date(view: SentenceView, c_first: int, c_last: int, meeting):
    """*meeting* dated by the month only where its host is a stop of a tour told as "a tour that also took him to
    Argentina and Chile": the day the clause names belongs to another leg of the trip."""
    when = meeting.date
    if meeting.kind != "visit" or when is None or len(when) != 10:
        return meeting
    take = next((j for j in range(max(c_first, 1), c_last) if view.lemmas[j] == "take" and view.lower[j - 1] == "also"),
                None)
    if take is None or not any(m.first > take and m.entity in meeting.participants for m in view.actors_in(take, c_last)):
        return meeting
    from dataclasses import replace
    return replace(meeting, date=when[:7])
