"""A subject's second verb phrase is another act with its own place and partner: in "Ruto met Kim on Wednesday
and visited a shipyard in Ulsan" the talks were not in Ulsan, in "Modi met Putin on Monday and will travel to
Vienna" not in Vienna, and in "Starmer spoke with Trump by phone and met Macron in Paris" the meeting with
Macron is no call. A meeting's clause ends before "and" + a verb of the same subject."""

from __future__ import annotations

from kg.extract.event_clauses import clause as event_clause
from kg.extract.speech_verbs import FINITE
from kg.extract.view import SentenceView
from kg.model import EntityRef

SEQUENCE = frozenset("later then afterwards subsequently also".split())
_AUXILIARIES = frozenset("is was will has had would".split())
# past forms of the verbs a travelling leader's next act takes that do not end in -ed
_OBJECT_OPENERS = frozenset("a an the his her their its this that to with on in at for by from into".split())
_SUBORDINATORS = frozenset("when who whom which where while after before since because as that if".split())
_PAST = frozenset("met flew went held spoke made took left gave led saw paid told drove rode came".split())


def verb_after_and(view: SentenceView, j: int) -> bool:
    """Does the "and" at *j* open a verb phrase ("and visited", "and then flew", "and is due to", "and will
    travel")? Not a list of names or nouns ("Xi and Putin", "trade and related issues": an -ed word is a verb
    only before an article, a preposition, a name or punctuation)."""
    if view.lower[j] != "and" or j + 1 >= len(view.tokens):
        return False
    k = j + 2 if view.lower[j + 1] in SEQUENCE and j + 2 < len(view.tokens) else j + 1
    word = view.tokens[k].text
    if not word.isalpha() or not word.islower() or k in view.actor_at:
        return False
    if view.lower[k] in _AUXILIARIES or view.lower[k] in _PAST:
        return True
    if not view.lower[k].endswith("ed") or len(word) <= 4:
        return False
    after = view.tokens[k + 1].text if k + 1 < len(view.tokens) else "."
    return not (after.isalpha() and after.islower()) or after in _OBJECT_OPENERS  # not "related issues"


def own_predicate(view: SentenceView, first: int, clause: tuple[int, int], kind: str
                  ) -> tuple[tuple[int, int], EntityRef | None]:
    """*clause* up to the first "and" after the meeting trigger at *first* that opens another verb phrase of
    the same subject, and None. A visit keeps the whole clause (the talks after "and" are where it finds its
    host: "was in Moscow and held talks with Putin"). A trigger after such an "and" starts there, with the
    person who opens the sentence as its subject, where it is a visit or the words before name the first
    act's partner ("spoke with Trump by phone and met Macron in Paris"); else it keeps the whole clause."""
    c_first, c_last = clause
    c_last = before_content(view, c_first, first, c_last)
    while c_last + 3 < len(view.tokens) and view.lower[c_last:c_last + 3] == (",", "and", "with"):
        c_last = event_clause(view, c_last + 3)[1]  # "discussed aid with X, and with Y": one meeting of all three
    if (comma := fronted_meeting(view, c_first, c_last)) is not None:
        if first < comma:  # "After meeting Sisi in Cairo, Tamim flew to Amman": the talks are the subject's
            subject = next((m.entity for m in view.state_in(comma + 1, c_last) if m.entity.kind == "person"), None)
            return (c_first, comma), subject if subject is not None and _opens(view, comma + 1, next(
                m.first for m in view.state_in(comma + 1, c_last) if m.entity == subject)) else None
        c_first = comma + 1  # and the trip to Amman is another act, without Sisi
    c_first = max((j + 2 for j in range(c_first, first - 2) if view.lower[j] == "," and view.lower[j + 1] == "as"),
                  default=c_first)  # "Germany warned China, as EU ministers gathered in Brussels": the ministers met
    if not any(m.first <= c_first + 1 for m in view.state_in(c_first, first)):  # not "Japan pledged ... as ministers met"
        c_first = max((j for j in range(c_first + 1, first - 1) if group_subject(view, j, first)), default=c_first)
    clause = (c_first, c_last)
    split = max((j for j in range(c_first + 1, first) if view.lower[j] == "and" and verb_after_and(view, j)), default=None)
    if split is not None:
        persons = [m for m in view.state_in(c_first, split) if m.entity.kind == "person"]
        if persons and _opens(view, c_first, persons[0].first) and (kind == "visit" or len({m.entity for m in persons}) >= 2):
            return (split, c_last), persons[0].entity
        return clause, None
    if kind == "visit":
        return clause, None
    end = next((j for j in range(first + 1, c_last - 1) if view.lower[j] == "and" and verb_after_and(view, j)), c_last)
    if any(view.lower[j] in _SUBORDINATORS for j in range(first + 1, end)):
        return clause, None  # "met in Ankara, when Prabowo was still minister and had yet to ...": not the subject's act
    if end < c_last and view.lower[end - 1] == ",":
        end -= 1
    return (c_first, end), None


_TIME_NOUNS = frozenset("day week month year morning afternoon evening night time meeting visit trip".split())


def before_content(view: SentenceView, c_first: int, first: int, c_last: int) -> int:
    """Where the clause of the trigger at *first* ends before what a speaker said: "Scholz told reporters after
    meeting Zelensky that Putin would fail" (the content's persons are no sides); *c_last* where no speech verb
    of the clause opens a "that" after the trigger ("met Xi that day" keeps its determiner), or the content names
    no person."""
    if FINITE.isdisjoint(view.lower[c_first:c_last]):
        return c_last  # most clauses
    for j in range(first + 1, c_last - 1):
        if view.lower[j] == "that" and view.lower[j + 1] not in _TIME_NOUNS \
                and not FINITE.isdisjoint(view.lower[c_first:j]):
            return j if any(m.entity.kind == "person" for m in view.state_in(j, c_last)) else c_last
    return c_last


_GROUP_OPENERS = frozenset("as while when".split())


def group_subject(view: SentenceView, j: int, first: int) -> bool:
    """"A truce brokered by Egypt and Qatar was in force as the donors met": the verb at *first* is that of a
    clause opened by "as"/"while"/"when" at *j* whose subject is a group the text names by no person (a plural noun
    right before the verb: "as EU ministers gathered"), so the actors before *j* are no side of it. The caller
    asks only where no actor opens the sentence's clause: "Japan and Australia pledged money as ministers met"
    tells what the two did at the meeting."""
    if view.lower[j] not in _GROUP_OPENERS or first - j > 5 or view.lemmas[first] not in ("meet", "gather", "convene"):
        return False
    words = range(j + 1, first)
    return view.lower[first - 1].endswith("s") and view.tokens[first - 1].text.islower() \
        and not any(k in view.actor_at and view.actor_at[k].entity.kind == "person" for k in words) \
        and not any(view.lower[k] in ("two", "both", "three") for k in words)  # "as the two leaders met": told before


def _opens(view: SentenceView, c_first: int, at: int) -> bool:
    """Does the person at *at* open the clause, after title words only ("U.S. Secretary of State Antony Blinken",
    "Kenyan President William Ruto")?"""
    if view.lower[c_first] in _FRONTED and "," in view.lower[c_first:at]:
        c_first = view.lower.index(",", c_first) + 1  # "In Beijing, Oli met Xi and held talks with Li"
    return all(view.tokens[j].text[:1].isupper() or view.lower[j] in ("of", "the", "-", ".") or j in view.actor_at
               for j in range(c_first, at))


_FRONTED = frozenset("in at on during after while".split())


_AFTER = frozenset("after before following".split())
_MEETING_WORDS = frozenset("meet talk talks meeting visit call summit".split())


def fronted_meeting(view: SentenceView, c_first: int, c_last: int) -> int | None:
    """The comma closing a fronted "After meeting Sisi in Cairo," / "Following talks with Ruto," that tells a
    meeting with a side of its own before the main clause; None where the clause opens with no such phrase."""
    if view.lower[c_first] not in _AFTER:
        return None
    comma = next((j for j in range(c_first + 1, min(c_first + 16, c_last)) if view.lower[j] == ","), None)
    if comma is None or not any(view.lemmas[j] in _MEETING_WORDS or view.lower[j] in _MEETING_WORDS
                                for j in range(c_first + 1, min(c_first + 4, comma))):
        return None
    # "After their meeting in Beijing, Xi and Sanchez issued ...": a phrase naming no side is the main clause's
    return comma if any(c_first < m.first < comma for m in view.actors if m.how != "capital") else None
