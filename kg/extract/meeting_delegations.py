"""Talks whose one side is a named delegation: "negotiations, which on the American side will be led by Rubio,
Bessent and Lutnick, together with representatives of Mexico"; "the two sides' negotiators would meet, and
Washington would be represented by Bessent, Lutnick and Greer".

M2: the named persons of one side take part, and the other side, with no person named, is its state: the
state named as the representatives' ("representatives of Mexico"), else the other state of the two the
report is about. Only a sentence with talks or a meeting and a delegation "led by" or "represented by" two
or more persons counts.
"""

from __future__ import annotations

from datetime import date

from kg.extract.event_dates import event_date
from kg.extract.evidence import evidence
from kg.extract.view import SentenceView, by_sentence, ranked_states, unique
from kg.model import Meeting, Mention, Sentence

_TALKS = frozenset("talks negotiations negotiators meet meeting delegation".split())
_SIDE_WORDS = frozenset("representatives officials delegation negotiators team".split())
_LED = frozenset("led represented headed".split())  # before "by" (see _led_by)


def _led_by(view: SentenceView) -> int | None:
    """The token after "led by" / "represented by", if the sentence has one."""
    return next((j + 2 for j in range(len(view.lower) - 2) if view.lower[j] in _LED
                 and view.lower[j + 1] == "by"), None)


def delegation_talks(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], *, doc_id: str,
                     today: date | None, found: list[Meeting]) -> list[Meeting]:
    """Talks of a named delegation with the other side's state, not already in *found*."""
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    pair = [ref for ref, _ in ranked_states(mentions)][:2]
    out: list[Meeting] = []
    for sentence in sentences:
        if "by" not in sentence.lower_set or _LED.isdisjoint(sentence.lower_set) or _TALKS.isdisjoint(sentence.lower_set):
            continue  # no "led by" or no talks: no view to build
        view = SentenceView(sentence, actors.get(sentence.index, []))
        at = _led_by(view)
        if at is None or not _TALKS & set(view.lower):
            continue
        end = next((j for j in range(at, len(view.tokens)) if view.lower[j] == "with"), len(view.tokens))
        persons = unique(m.entity for m in view.state_in(at, end) if m.entity.kind == "person")
        if len(persons) < 2 or any(len(set(persons) & set(m.participants)) >= 2 for m in found):
            continue  # "a delegation led by He Lifeng held talks with Bessent": the other side is named
        own = {m.entity for m in view.state_in(max(0, at - 8), at) if m.entity.kind == "state"}
        named = [m.entity for m in view.state_in(at, len(view.tokens)) if m.entity.kind == "state"
                 and m.first > 1 and view.lower[m.first - 1] == "of" and view.lower[m.first - 2] in _SIDE_WORDS]
        other = named[0] if named else next((s for s in pair if s not in own), None) if own and len(pair) == 2 else None
        if other is None or other in own:
            continue
        people = (*persons, other)
        if any(set(people) == set(m.participants) for m in [*found, *out]):
            continue
        out.append(Meeting(people, "talks", evidence(sentence, doc_id, 0, len(view.tokens)), None,
                           event_date(sentence, today)))
    return out

