"""Visits to a state the text names only by an anaphor: "He last visited the Gulf state in January", "a deal
finalised when he travelled to the Scandinavian country", "his first visit to the country since 2019".

M1, M2: the visitor, a person named before the travel word in the sentence (else the person "he"/"she" refers
to, the last one named before), meets the host state, which is the state named last before the anaphor (in the
sentence or the two before it) that is not the visitor's own. A visit already found with that visitor and host,
or a clause that names a state of its own after the travel word, gives nothing; so does a visitor whose own
state is the only candidate ("he visited the country": home). As where a visit's sentence goes on to the talks
("travelled to Oslo, where he met Store"), a visitor found meeting the host's officials has that meeting instead.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_dates import sentence_dates
from kg.extract.evidence import evidence
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView, by_sentence
from kg.model import EntityRef, Meeting, Mention, Sentence

_TRAVEL = frozenset("visit travel fly trip journey".split())
_ANAPHORS = frozenset("country state kingdom nation emirate".split())
_NEGATIONS = frozenset("not n't never".split())
_BACK = 2  # sentences before the anaphor's own in which its state may be named


def _anaphor_after(view: SentenceView, j: int) -> int | None:
    """The anaphor noun of "visited the (Gulf|Scandinavian|...) country", "travelled to the country", "a visit to
    the Gulf state" after the travel word at *j*; None else."""
    k = j + 1
    if k < len(view.tokens) and view.lower[k] == "to":
        k += 1
    if k >= len(view.tokens) or view.lower[k] != "the":
        return None
    for n in range(k + 1, min(k + 4, len(view.tokens))):
        if view.lower[n] in _ANAPHORS:
            return n if all(view.tokens[i].text.isalpha() and i not in view.actor_at or view.actor_at[i].how == "demonym"
                            for i in range(k + 1, n)) else None
        if not view.tokens[n].text.isalpha():
            return None
    return None


def anaphor_visits(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], *, doc_id: str,
                   today: date | None, person_states: dict[EntityRef, EntityRef],
                   found: list[Meeting]) -> list[Meeting]:
    """Visits to a state named only by "the country" or "the Gulf state", not already in *found*."""
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    out: list[Meeting] = []
    last_person: EntityRef | None = None
    for index, sentence in enumerate(sentences):
        here = sorted(actors.get(sentence.index, []), key=lambda m: m.first)
        if _TRAVEL.isdisjoint(sentence.cue_set) or _ANAPHORS.isdisjoint(sentence.lower_set):
            last_person = _last_person(here, last_person)  # no travel word or no anaphor (most sentences): no visit
            continue
        view = SentenceView(sentence, here)
        for j, lemma in enumerate(view.lemmas):
            if lemma not in _TRAVEL or (n := _anaphor_after(view, j)) is None:
                continue
            if any(w in _NEGATIONS for w in view.lower[max(0, j - 3):j]):
                continue  # "He has never visited the country"
            persons = [m for m in here if m.entity.kind == "person" and m.last <= j]
            pronoun = next((k for k in range(j - 1, -1, -1) if view.lower[k] in ("he", "she")), None)
            start = max([m.last for m in persons[-1:]] + [pronoun + 1 if pronoun is not None else 0])
            if any(view.lower[k] in SAID_SAYS for k in range(start, j)):
                continue  # "Doe said travellers who visited the country": the speaker is no visitor
            visitor = persons[-1].entity if persons and (pronoun is None or persons[-1].first > pronoun) else \
                last_person if pronoun is not None and not persons else persons[-1].entity if persons else None
            if visitor is None:
                continue
            own = person_states.get(visitor)
            before = [m.entity for m in here if m.entity.kind == "state" and m.first < n and m.how != "demonym"]
            for s in reversed(sentences[max(0, index - _BACK):index]):
                before = [m.entity for m in sorted(actors.get(s.index, []), key=lambda m: m.first)
                          if m.entity.kind == "state"] + before
            host = next((s for s in reversed(before) if s != own), None)
            if host is None or any(visitor in m.participants and (host in m.participants or any(
                    person_states.get(p) == host for p in m.participants if p != visitor)) for m in [*found, *out]):
                continue  # told before, or told by the talks with the host's officials ("met President Muizzu")
            dates = sentence_dates(sentence, today)
            out.append(Meeting((visitor, host), "visit", evidence(sentence, doc_id, 0, len(view.tokens)), None,
                               dates[0][1] if dates else None))
        last_person = _last_person(here, last_person)
    return out


def _last_person(mentions: list[Mention], last: EntityRef | None) -> EntityRef | None:
    """The last person of *mentions* (in order), else *last*: the person "he" or "she" refers to next."""
    people = [m.entity for m in mentions if m.entity.kind == "person"]
    return people[-1] if people else last
