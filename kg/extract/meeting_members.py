"""Members of a side named after their meeting: "The North Korean delegation included Kim Yo Jong", "Lavrov
sat on the Russian side of the table", "Speaking at the same conference, Wang Yi ...", "At that meeting, Kallas proposed ..."
(README M2: the named persons on each side take part)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.view import SentenceView
from kg.model import Meeting, Mention, Sentence

# a sentence that names members of a side of the meeting told before
_MEMBERS = re.compile(r"\bdelegations? (?:also )?(?:included|includes|comprised)\b|\baccompanied by\b"
                      r"|\bside of the table\b|\bwere also (?:present|in attendance)\b"
                      r"|\b(?:at|to) the same (?:meeting|conference|summit|forum|session|talks)\b"
                      r"|\b(?:at|during) (?:that|this) (?:meeting|conference|summit|forum|session|talks|gathering)\b", re.I)
# Words the pattern cannot match without: a sentence with none is not searched (unless it has a letter that
# IGNORECASE matches to "i" or "s" and lower() does not turn into one); "that " and "this " only with a gathering
_MEMBER_WORDS = ("delegation", "accompanied", "table", "were also", "same")
_THAT_THIS = ("that ", "this ")
_GATHERINGS = ("meeting", "conference", "summit", "forum", "session", "talks", "gathering")
_ODD_CASES = ("ı", "İ", "ſ")
_BACK_SENTENCES = 15  # how far back the meeting may be told (its story goes on for a while)


def members(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], found: list[Meeting]) -> list[Meeting]:
    """*found* with the persons of a later sentence that names members of a side ("The North Korean delegation
    included Kim Yo Jong", "Lavrov sat on the Russian side of the table", "Speaking at the same conference,
    Wang Yi ...") added to the in-person meeting told
    in the sentences before (README M2: the named persons on each side), where that sentence tells no meeting
    of its own."""
    out = list(found)
    told = {m.evidence.context_sentences[0] for m in found if m.evidence.context_sentences}
    persons: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.entity.kind == "person":
            persons.setdefault(m.sentence, []).append(m)
    for sentence in sentences:
        if sentence.heading or sentence.index in told or not _may_name_members(sentence.text) \
                or not _MEMBERS.search(sentence.text):
            continue
        view = SentenceView(sentence, persons.get(sentence.index, []))
        named = [m.entity for m in view.actors if not view.possessive(m)]
        n = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind != "call" and out[k].evidence.context_sentences
                  and 0 < sentence.index - out[k].evidence.context_sentences[0] <= _BACK_SENTENCES), None)
        if n is not None and named:
            out[n] = replace(out[n], participants=tuple(dict.fromkeys([*out[n].participants, *named])))
    return out


def _may_name_members(text: str) -> bool:
    low = text.lower()
    for word in _MEMBER_WORDS:  # (a plain loop: several times cheaper than any() over a generator here)
        if word in low:
            return True
    if _any_in(_THAT_THIS, low) and _any_in(_GATHERINGS, low):
        return True  # "at that meeting", "during this summit"
    return not text.isascii() and _any_in(_ODD_CASES, text)


def _any_in(words: tuple[str, ...], text: str) -> bool:
    """Is one of *words* a substring of *text*?"""
    for word in words:
        if word in text:
            return True
    return False
