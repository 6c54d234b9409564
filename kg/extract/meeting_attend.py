"""Attending a meeting told before: "Her French counterpart, Jean-Noel Barrot, also attended.", "Kenya's
foreign minister attended the talks." name one more side of the last meeting, not a new meeting with whoever
the pronoun refers to (README M4: one record per meeting)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.view import SentenceView, unique
from kg.model import Meeting

_MEETINGS = frozenset("meeting meetings talks summit conference session gathering".split())  # not "the ceremony"
_END = frozenset(". , ; :".split())


def attended_before(view: SentenceView, first: int, last: int) -> bool:
    """"attended." or "attended the talks": the verb "attend" with no object of its own but a meeting named before;
    so is "addressed (joined) the meeting" with nothing after it."""
    if view.lower[first] in _MEETINGS and first >= 2 and view.lower[first - 1] in ("the", "this") \
            and view.lemmas[first - 2] in ("address", "attend", "join") and (
                last >= len(view.tokens) or view.lower[_remote(view, last)] in _END):
        return True  # "Congo's foreign minister, Therese Kayikwamba Wagner, addressed the meeting."
    if view.lower[first] in ("by", "via", "over") and first >= 3 and view.lower[first - 1] in _MEETINGS \
            and view.lower[first - 2] in ("the", "this") and view.lemmas[first - 3] in ("attend", "join"):
        return True  # "joined the meeting by phone": how the meeting told before was joined, no call of its own
    if view.lemmas[first] != "attend":
        return False
    if last >= len(view.tokens) or view.lower[last] in _END:
        return True
    k = last + 1 if view.lower[last] in ("the", "this", "that") else None
    if k is None and view.lower[last:last + 3] in (("part", "of", "the"), ("some", "of", "the"), ("parts", "of", "the")):
        k = last + 3  # "Officials from the African Development Bank attended part of the meeting."
    return k is not None and k < len(view.tokens) and view.lower[k] in _MEETINGS and (
        k + 1 >= len(view.tokens) or view.lower[k + 1] in _END)


_MEDIA = frozenset("video phone telephone videolink link".split())


def _remote(view: SentenceView, j: int) -> int:
    """Past "by video (link)", "by phone" and "from Washington" at *j*: how one joined the meeting from afar
    ("A US envoy, Massad Boulos, joined the talks by video from Washington.")."""
    n = len(view.tokens)
    while j + 1 < n and view.lower[j] in ("by", "via", "over") and view.lower[j + 1] in _MEDIA:
        j += 2
        while j < n and view.lower[j] in _MEDIA:
            j += 1
    if j + 1 < n and view.lower[j] == "from" and view.tokens[j + 1].text[:1].isupper():
        j += 1
        while j < n and view.tokens[j].text[:1].isupper():
            j += 1
    return min(j, n - 1)


def join_last(found: list[Meeting], view: SentenceView, c_first: int, c_last: int) -> bool:
    """Add the persons of the clause (else the states or bodies its officials come "from") to the last meeting
    found; False if there is none or no such side."""
    persons = [m.entity for m in view.state_in(c_first, c_last) if m.entity.kind == "person"] or [
        m.entity for m in view.actors_in(c_first, c_last) if m.entity.kind in ("state", "organisation")
        and m.first > 0 and view.lower[m.first - 1 - (view.lower[m.first - 1] == "the")] == "from"]  # "Officials
    if not found or not persons:  # from the African Development Bank also attended": no person, the body (M2)
        return False
    found[-1] = replace(found[-1], participants=unique([*found[-1].participants, *persons]))
    return True
