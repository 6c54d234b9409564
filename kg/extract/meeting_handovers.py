"""Meetings told by a handover between two persons: "Chinese Ambassador Han Jing handed over the trucks to
Defence Minister Ambrose Lufuma at a ceremony in Lusaka", "The rice was handed over by Foreign Minister X to
Myanmar's ambassador, Y", "Health Minister X received the vaccines from Chinese Ambassador Y".

M1: a thing handed or presented by one named person to another passes between them in person, so the two meet
(talks, M3), at the city the clause names, on the sentence's date (else the story's day). The giver is the person who opens the clause
(active) or follows "by" (passive); the receiver the person after "to". A handover with a state or body on
either side ("handed over to the Zambian army"), or a meeting already found with the two, gives nothing.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_clauses import clause
from kg.extract.event_dates import event_date, story_day
from kg.extract.evidence import evidence
from kg.extract.meeting_places import meeting_place
from kg.extract.view import SentenceView, by_sentence
from kg.model import Meeting, Mention, Sentence

_GIVE = frozenset("hand present receive".split())
_MESSAGES = frozenset("letter letters message messages note notes telegram cable invitation invitations greetings "
                      "report request requests call calls email".split())
_PASSIVE = frozenset("was were been being is are".split())
_NOT_YET = frozenset("not n't never".split())
_BREAKS = frozenset("; and which who that at on in for from with after before during".split())
_PREPOSITIONS = frozenset("to by with from of for about".split())


def _person_after(view: SentenceView, k: int, stop: int, reach: int = 6) -> Mention | None:
    """The first person within *reach* tokens from *k* (title words between), before a comma-free break."""
    for j in range(k, min(stop, k + reach)):
        actor = view.actor_at.get(j)
        if actor is not None and actor.entity.kind == "person":
            return None if view.possessive(actor) else actor
        if actor is not None and not (actor.how == "demonym" or view.possessive(actor) or _before_title(view, actor)):
            return None  # "to the Zambian army" goes on to a title; "to Zambia" is no person
        if view.lower[j] in _BREAKS or view.tokens[j].text[:1].islower() and view.lower[j].endswith("ed"):
            return None  # "to Lufuma" and "to Myanmar's ambassador, Thet Naing", not "to help flood victims"
    return None


def _before_title(view: SentenceView, actor: Mention) -> bool:
    """A state named right before a capitalised title: "by US Ambassador Mark Toner"."""
    return actor.last < len(view.tokens) and view.tokens[actor.last].text[:1].isupper() \
        and actor.last not in view.actor_at


def _subject(view: SentenceView, c_first: int, verb: int) -> Mention | None:
    """The person right before the verb ("Chinese Ambassador Han Jing handed", "formally"/"also" between), not
    the object of a preposition ("the letter from X handed to Y") nor an owner."""
    m = next((m for m in reversed(view.state_in(c_first, verb)) if m.entity.kind == "person"), None)
    if m is None or view.possessive(m) or verb - m.last > 2:
        return None
    k = m.first - 1
    while k >= c_first and view.tokens[k].text[:1].isupper():
        k -= 1  # title words: "Chinese Ambassador"
    return None if k >= c_first and view.lower[k] in _PREPOSITIONS else m


def _sides(view: SentenceView, verb: int, c_first: int, c_last: int) -> tuple[Mention, Mention] | None:
    """Giver and receiver of the handing verb at *verb* (for "received ... from", the giver after "from")."""
    if view.lemmas[verb] == "receive":
        frm = next((k for k in range(verb + 1, min(c_last, verb + 10)) if view.lower[k] == "from"), None)
        if frm is None or not _MESSAGES.isdisjoint(view.lower[verb + 1:frm]):
            return None  # "received a letter from Xi": sent, not handed over in person
        giver = _person_after(view, frm + 1, c_last) if frm is not None else None
        receiver = _subject(view, c_first, verb)
        return (giver, receiver) if giver is not None and receiver is not None and giver.entity != receiver.entity \
            else None
    to = next((k for k in range(verb + 1, min(c_last, verb + 14)) if view.lower[k] == "to"), None)
    receiver = _person_after(view, to + 1, c_last) if to is not None else None
    if receiver is None:
        return None
    if view.lower[verb - 1] in _PASSIVE or (verb > 1 and view.lower[verb - 2] in _PASSIVE
                                             and view.lower[verb - 1].endswith("ly")):
        by = next((k for k in range(verb + 1, c_last) if view.lower[k] == "by"), None)
        giver = _person_after(view, by + 1, c_last) if by is not None else None
    else:
        giver = _subject(view, c_first, verb)
    if giver is None or giver.entity == receiver.entity:
        return None
    return giver, receiver


def handovers(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], places: tuple[Mention, ...], *,
              doc_id: str, today: date | None, found: list[Meeting]) -> list[Meeting]:
    """Meetings of two persons told by one handing something to the other, not already in *found*."""
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    where = by_sentence((*mentions, *places), kinds=("place",))
    out: list[Meeting] = []
    for sentence in sentences:
        if sentence.heading or _GIVE.isdisjoint(sentence.cue_set) or _GIVE.isdisjoint(sentence.lemmas):
            continue  # (the set of words and lemmas first: quicker to test, and most sentences have no such lemma)
        view = SentenceView(sentence, actors.get(sentence.index, []))
        for j, lemma in enumerate(view.lemmas):
            if lemma not in _GIVE or j == 0 or not view.lower[j].endswith(("ed", "s")) \
                    or any(view.lower[k] in _NOT_YET for k in range(max(0, j - 3), j)):
                continue
            c_first, c_last = clause(view, j)
            sides = _sides(view, j, c_first, c_last)
            if sides is None:
                continue
            people = (sides[0].entity, sides[1].entity)
            if any(set(people) <= set(m.participants) for m in [*found, *out]):
                continue
            place, _ = meeting_place(view, c_first, c_last, where.get(sentence.index, []))
            first, last = min(s.first for s in sides), max(s.last for s in sides)
            when = event_date(sentence, today) or story_day(view, c_first, c_last, today)  # undated: the story's day
            out.append(Meeting(people, "talks", evidence(sentence, doc_id, first, last), place, when))
    return out
