"""A relative aside on a person is a clause of its own: in "Modi, who last met Putin at a regional summit in
Uzbekistan in 2022, flies on to Vienna for talks with Nehammer" the aside tells one meeting (Modi and Putin,
2022) and the main clause another (Modi and Nehammer, Vienna); the person before ", who" is the subject of
both."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef


def _person_before(view: SentenceView, comma: int) -> EntityRef | None:
    m = next((m for m in view.actors if m.last == comma and m.entity.kind == "person"), None)
    return m.entity if m is not None else None


def aside_clause(view: SentenceView, at: int, clause: tuple[int, int],
                 hits: list[tuple[int, int, str]]) -> tuple[tuple[int, int], EntityRef | None]:
    """The clause of the trigger at *at* with a ", who ...," aside on a person cut out of it, and that person as
    the subject; (*clause*, None) where the clause holds no such aside, or where the aside tells a visit and the
    main clause a meeting or a person ("Al-Jadaan, who was visiting Tunisia, later met President Saied": the visit
    and the talks with its host are one meeting, M1)."""
    c_first, c_last = clause
    lower = view.lower
    opens = [j for j in range(c_first, min(at, c_last)) if lower[j] == "," and j + 1 < c_last and lower[j + 1] == "who"
             and _person_before(view, j) is not None]
    if not opens:
        return _place_aside(view, at, clause)
    j = opens[-1]
    close = next((k for k in range(j + 2, c_last) if lower[k] == ","), None)
    if close is None:
        return clause, None
    if any(kind == "visit" and j < first < close for first, _, kind in hits) and (
            any(close < first < c_last for first, _, _ in hits)
            or any(m.entity.kind == "person" and close < m.first < c_last for m in view.actors)) \
            and not _apart(view, j + 2, close, c_last, hits):
        return clause, None  # "Ruto, who flew to Abuja for a visit, signed the accord with Tinubu": one meeting
    subject = _person_before(view, j)
    if at < close:  # the trigger is inside the aside: "who last met Putin at a summit in 2022"
        return (j + 2, close), subject
    return (close + 1, c_last), subject  # the main clause after the aside: "flies on to Vienna for talks with ..."


_TIMES = frozenset("""january february march april may june july august september october november december
    last earlier ago previously""".split())


def _apart(view: SentenceView, first: int, close: int, c_last: int, hits: list[tuple[int, int, str]]) -> bool:
    """Is the aside's visit another event than the main clause's meeting: dated on its own ("who visited Manila
    in May") or followed by a call ("..., spoke by phone with X"), which is no talks with the host in person?"""
    return any(view.lower[k] in _TIMES or (view.lower[k].isdigit() and len(view.lower[k]) == 4)
               for k in range(first, close)) or any(kind == "call" and close < f < c_last for f, _, kind in hits)


def _place_aside(view: SentenceView, at: int, clause: tuple[int, int]) -> tuple[tuple[int, int], EntityRef | None]:
    """A ", where ...," aside on a place tells another event of the sentence's person, and the predicate after it
    is still that person's: in "Tinubu flew to Abu Dhabi from India, where he had attended the G20 summit, and held
    talks with the Emirati President" the talks are Tinubu's. The clause, and that person as its subject when the
    clause opens right after such an aside; (*clause*, None) otherwise."""
    c_first, _ = clause
    lower = view.lower
    close = c_first - 1 - (lower[c_first - 1:c_first] == ("and",))
    if close < 2 or lower[close] != ",":
        return clause, None
    j = next((j for j in range(close - 1, 0, -1) if lower[j] == "," and lower[j + 1] == "where"), None)
    if j is None or "," in lower[j + 1:close] or not any(m.last == j and m.entity.kind in ("state", "city")
                                                        for m in view.actors):
        return clause, None
    person = next((m.entity for m in view.actors if m.first < j and m.entity.kind == "person"), None)
    return clause, person
