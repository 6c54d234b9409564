""""India keeps buying Russian oil, a trade that Washington has criticised and that Kyiv has described as
funding the war": object relative clauses joined by "and" or "but", each with its own speaker. What the
first speaker said is of the noun before (the clause before it), not the second clause; and no speaker of one
of them is what another speaker's claim is about (gold rules C3, C4)."""

from __future__ import annotations

from kg.extract.view import SentenceView

_RELATIVE = frozenset("that which".split())
_JOINS = frozenset("and but".split())
_REACH = 12


def joined_relative(view: SentenceView, verb: int, speaker_at: int) -> bool:
    """Does the speech verb at *verb* end an object relative clause opened before its speaker (at
    *speaker_at*, or the first of coordinated speakers) that a second one joined by "and"/"but" follows?"""
    k = verb + 1 + (verb + 1 < len(view.tokens) and view.lower[verb + 1] == ",")
    if not (k + 1 < len(view.tokens) and view.lower[k] in _JOINS and view.lower[k + 1] in _RELATIVE):
        return False
    return _opener(view, speaker_at) is not None


def relative_end(view: SentenceView, speaker_at: int) -> int | None:
    """Where the clause before a joined pair of object relative clauses ends ("India keeps buying Russian oil"
    of "..., a trade that X has criticised and that Y has called reckless") when the speaker at *speaker_at*
    opens one of them; else None."""
    opener = _opener(view, speaker_at)
    if opener is None:
        return None
    first = opener
    if not any(view.lower[x] in _RELATIVE and _joined_at(view, x) for x in range(opener, min(len(view.tokens), opener
                                                                                              + _REACH))):
        return None  # "an accusation that Niger has described as credible": one relative clause, read as before
    if opener > 1 and (view.lower[opener - 1] in _JOINS or (view.lower[opener - 1] == "," and view.lower[opener - 2]
                                                             in _JOINS)):  # the second: back to the first
        first = next((x for x in range(opener - 2, max(0, opener - _REACH), -1) if view.lower[x] in _RELATIVE), None)
        if first is None or any(view.lower[x] in (".", ";") for x in range(first, opener)):
            return None
    comma = next((x for x in range(first - 1, max(0, first - 5), -1) if view.lower[x] == ","), None)
    return comma if comma is not None else first


def relative_speakers(view: SentenceView) -> set[int]:
    """Where the speakers of joined object relative clauses are named: frames of their own, never what
    another of them spoke of."""
    found: set[int] = set()
    n = len(view.tokens)
    for r in range(2, n - 1):
        if view.lower[r] not in _RELATIVE or not (view.lower[r - 1] in _JOINS or (
                view.lower[r - 1] == "," and view.lower[r - 2] in _JOINS)):
            continue
        first = next((x for x in range(r - 2, max(0, r - _REACH), -1) if view.lower[x] in _RELATIVE), None)
        if first is None or any(view.lower[x] in (".", ";") for x in range(first, r)):
            continue
        for opener in (first, r):
            found.update(_group_at(view, opener + 1 + (view.lower[opener + 1] == "the")))
    return found


def _opener(view: SentenceView, speaker_at: int) -> int | None:
    """The relative pronoun right before the speaker at *speaker_at* or before the group it ends."""
    k = speaker_at - 1
    while k > 0 and (view.lower[k] in ("and", ",", "the") or k in view.actor_at):
        k -= 1  # back over "Washington and Brussels", "the United States"
    return k if k >= 0 and view.lower[k] in _RELATIVE and speaker_at - k <= 8 else None


def _group_at(view: SentenceView, k: int) -> list[int]:
    """The first tokens of the actor at *k* and of those coordinated with it."""
    mention = view.actor_at.get(k)
    return [m.first for m in view.group(mention)] if mention is not None and mention.first == k else []


def second_relative(view: SentenceView, verb: int) -> bool:
    """Is the speech verb at *verb* in the second of joined object relative clauses ("... and that Poland has
    called reckless"), whose speaker speaks of the same clause as the first one's?"""
    for k in range(verb - 1, max(0, verb - 8), -1):
        if view.lower[k] in _RELATIVE:
            return relative_end(view, k + 1) is not None and view.lower[k - 1] in _JOINS | {","}
        if view.lower[k] in (",", ".", ";"):
            return False
    return False


def _joined_at(view: SentenceView, x: int) -> bool:
    """Is the relative pronoun at *x* joined to one before it by "and" or "but" (", and that")?"""
    return x > 1 and (view.lower[x - 1] in _JOINS or (view.lower[x - 1] == "," and view.lower[x - 2] in _JOINS))
