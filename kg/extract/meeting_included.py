"""Sides a meeting's own relative clause adds: "during a trilateral summit that also included South Korea",
"talks in Doha which brought together Qatar, Egypt and the United States" (README M2: every side named takes
part; a side with no named person is its state)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.view import by_sentence, unique
from kg.model import Meeting, Mention, Sentence

_INCLUDED = re.compile(r"\b(?:that|which) (?:also )?(?:included|includes|brought together|drew)\b", re.I)
_LIST_WORDS = frozenset("and the leaders of delegations from officials representatives ministers".split())
_END = re.compile(r"[.;]|, (?:and|but|while|where|who|which) ")


def included(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], found: list[Meeting]) -> list[Meeting]:
    """*found* with the actors named after "that (also) included" in a meeting's own sentence added to it."""
    by_start = {s.start: s for s in sentences}
    actors = by_sentence(mentions, kinds=("state", "organisation", "person"))
    out = []
    for meeting in found:
        sentence = by_start.get(meeting.evidence.sentence_start)
        at = _INCLUDED.search(sentence.text, meeting.evidence.start - sentence.start) if sentence else None
        if sentence is None or at is None or at.start() > meeting.evidence.end - sentence.start + 60:
            out.append(meeting)
            continue
        stop = _END.search(sentence.text, at.end())
        end = sentence.start + (stop.start() if stop else len(sentence.text))
        extra, k = [], sentence.start + at.end()
        for m in sorted(actors.get(sentence.index, []), key=lambda m: m.start):
            if m.start < k or m.end > end:
                continue
            gap = sentence.text[k - sentence.start:m.start - sentence.start].lower().replace(",", " ").split()
            if not set(gap) <= _LIST_WORDS or m.how == "demonym":
                break  # "talks that included the war in Ukraine": a topic, not a side
            extra.append(m.entity)
            k = m.end
        out.append(replace(meeting, participants=unique([*meeting.participants, *extra])) if extra else meeting)
    return out
