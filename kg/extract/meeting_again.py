"""A meeting named again by a bare definite phrase: "After the talks, the two sides signed ...", "Following the
meeting, ..." refer to a meeting the text told before (README M4: one record per meeting), so the phrase makes
no new one, whoever the rest of the sentence names. "At the summit, Lula and Biden discussed trade" may tell
a meeting of its own, so "at" and "during" are left to the other rules, but for "At that meeting, ...": the
demonstrative points back. The object of a verb that runs an event
("Britain organised the one-day meeting together with the AU", "Kallas, who chaired the meeting") is the event
told before too, unless sides follow it ("chaired the meeting with X"); so is the subject of what a speaker
said of it ("said the visit showed the depth of ties"), unless a place or sides follow it."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import Meeting

_TIME_PREPOSITIONS = frozenset("after following before since".split())  # not "At the summit, Lula and Biden ..."
_AT = frozenset("at during".split())
_DEMONSTRATIVES = ("that", "this")  # "At that meeting, ...": the meeting told before, whoever the sentence names
_RUN = frozenset("organise organize chair host convene open close address co-chair co-host".split())
_SIDES = frozenset("with between among of".split())
_PLACED = frozenset("to in at by on".split())  # "said the talks in Doha ...", "said the visit to Cairo ...": told anew


def named_again(view: SentenceView, first: int, last: int, told_before: bool) -> bool:
    """The trigger at *first*..*last* is "<after|during|...> the [one modifier] <trigger>" closed by a comma or
    the sentence end, and a meeting was told before (*told_before*)."""
    if not told_before or first < 2:
        return False
    k = first - 1
    if view.lower[k] != "the" and view.tokens[k].text.islower() and k >= 2 and view.lower[k - 1] == "the":
        k -= 1  # "after the two-hour talks", "during the closed meeting"
    elif k >= 3 and view.lower[k - 1] == "-" and view.lower[k - 3] == "the":
        k -= 3  # "the one - day meeting" as the segmenter splits it
    if k >= 1 and view.lower[k - 1] in _AT and view.lower[k] in _DEMONSTRATIVES:
        return last >= len(view.tokens) or view.lower[last] in (",", ".", ";")  # "At that meeting, Kallas proposed"
    if view.lower[k] != "the" or k == 0:
        return False
    if view.lemmas[k - 1] in _RUN and view.lower[k - 1].endswith(("ed", "d")):
        if view.lemmas[k - 1] == "address" and any(m.entity.kind == "person" for m in view.actors if m.last < k):
            return False  # "X addressed the meeting": one more side of it (meeting_attend), not nothing
        return last >= len(view.tokens) or view.lower[last] not in _SIDES  # "organised the meeting together with"
    if view.lower[k - 1] in SAID_SAYS or (k >= 2 and view.lower[k - 1] == "that" and view.lower[k - 2] in SAID_SAYS):
        # "Goledzinowski, Australia's ambassador in Hanoi, said the visit showed ...": what was said of it
        return last >= len(view.tokens) or view.lower[last] not in _SIDES | _PLACED
    if view.lower[k - 1] not in _TIME_PREPOSITIONS:
        return False
    return last >= len(view.tokens) or view.lower[last] in (",", ".", ";")


def visit_again(view: SentenceView, first: int, kind: str, found: Sequence[Meeting]) -> bool:
    """"Ruto's visit comes a month after the AU summit": a visit owned by a person already found visiting (a
    visit among *found*) is that visit named again (M4), whatever else its clause names."""
    k = first - 1
    if kind != "visit" or k < 1 or view.lower[k] not in ("'s", "’s"):
        return False
    owner = view.actor_at.get(k - 1)
    return owner is not None and any(m.kind == "visit" and owner.entity in m.participants for m in found)


_COPULA = frozenset("is was".split())
_PREDICATE = frozenset("the a an".split())


def described_again(view: SentenceView, first: int, last: int, kind: str, found: Sequence[Meeting]) -> bool:
    """"The call is the latest sign of the rapprochement between Bamako and Moscow", "This visit was a chance to
    ...": a sentence that opens with "the"/"this" and the trigger and says what the event was describes a
    meeting of that kind told before (M4), whatever the rest of the sentence names ("was held in ..." may
    tell a new one, and is left to the other rules); so does "The Argyle meeting in December came after ...",
    a named meeting placed in the story by what it came after."""
    if first >= 1 and view.lower[0] in ("the", "this") and all(view.tokens[j].text[:1].isupper() for j in range(1, first)) \
            and _came_after(view, last) and any(m.kind == kind or "call" not in (kind, m.kind) for m in found):
        return True  # "The Argyle meeting in December came after weeks of rising tension": the meeting told before
    return (first == 1 and view.lower[0] in ("the", "this") and last + 1 < len(view.tokens)
            and view.lower[last] in _COPULA and view.lower[last + 1] in _PREDICATE
            and any(m.kind == kind or "call" not in (kind, m.kind) for m in found))  # "The meeting" of a summit


_SEQUEL = frozenset("came comes followed follows".split())


def _came_after(view: SentenceView, last: int) -> bool:
    """After the trigger ending at *last* (a time phrase may come between: "in December"), a verb that places the
    event in a story ("came after", "followed"), not one that holds it ("took place", "was held")."""
    j = last
    if j < len(view.tokens) and view.lower[j] in ("in", "on", "last", "this"):
        j += 1 if view.lower[j] in ("last", "this") else 2
    return j < len(view.tokens) and view.lower[j] in _SEQUEL
