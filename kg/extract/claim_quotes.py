"""Quotations around an attribution: the span of a quotation before the verb, a quotation split around its
attribution ('"Brazil will not take sides," Lula said, "but we want peace."': the second piece is the same
statement, gold rule C4), and words quoted second-hand ("TASS quoted Ryabkov as saying ...")."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_before import clause_before, only_setting_after
from kg.extract.claim_cues import source_name
from kg.extract.cues import needs
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_QUOTES = ('"', "“", "”")
_QUOTE_MARKS = frozenset(_QUOTES)
OPEN_QUOTES = ('"', "“")
CLOSE_QUOTES = ('"', "”")
_CLOSE_MARKS = frozenset(CLOSE_QUOTES)
_REACH = 12  # tokens of attribution between the two pieces: the speaker, a title, a day, a place


def second_piece(view: SentenceView, verb: int, last: int) -> int | None:
    """When the quotation closing at *last* (before the verb at *verb*) opens again after the attribution,
    the token index where the second piece ends; else None."""
    n = len(view.tokens)
    if last >= verb or last >= n or view.lower[last] not in _QUOTES:
        return None
    for k in range(verb + 1, min(verb + _REACH, n - 2)):
        if view.lower[k] in (".", ";", ":") or view.lower[k] in _QUOTES:
            return None
        if view.lower[k] == "," and view.lower[k + 1] in ('"', "“"):
            return next((x for x in range(k + 2, n) if view.lower[x] in _QUOTES), n)
    return None


# the words of an unnamed speaker between a quotation and its verb: '"...," a spokesperson for the embassy said'
_BETWEEN = frozenset([",", ".", "he", "she", "they", "the", *SAID_SAYS, "'s", "’s",
                      *"a an for of in at spokesperson spokesman spokeswoman official senior".split()])


@needs(lambda: _CLOSE_MARKS)
def quote_before(view: SentenceView, position: int) -> tuple[int, int] | None:
    """Token span inside the last quotation that closes before *position*."""
    close = next((j for j in range(position - 1, -1, -1) if view.lower[j] in CLOSE_QUOTES), None)
    between = range(close + 1, position) if close is not None else range(0)
    if close is None or len(between) > 8 or any(
            view.lower[j] not in _BETWEEN and j not in view.actor_at and not view.tokens[j].text[:1].isupper()
            for j in between):
        return None  # only the speaker's name and title stand between the quotation and the verb
    opening = next((j for j in range(close - 1, -1, -1) if view.lower[j] in OPEN_QUOTES), -1)
    # the sentencizer may leave the opening mark on the previous sentence: then the quote starts here
    return (opening + 1, close) if close - opening > 2 else None


def quote_end(view: SentenceView, start: int) -> int:
    """The end of a quotation that opens a sentence (its closing mark, else the sentence end)."""
    return next((j for j in range(start + 1, len(view.lower)) if view.lower[j] in CLOSE_QUOTES), len(view.lower))


def cites_person(view: SentenceView, j: int) -> bool:
    """Does "cited" at *j* name a person quoted "as saying" ("TASS cited Sergei Lavrov as saying ...")? Then the
    person speaks (read at "saying"), not the outlet that cited them."""
    if view.lower[j] not in ("cited", "cites"):
        return False
    at = next((k for k in range(j + 2, min(j + 10, len(view.tokens) - 1)) if view.lower[k] == "as"
               and view.lower[k + 1] in ("saying", "telling")), None)
    return at is not None and all(view.lower[k] not in (".", ";", '"', "“", "”") for k in range(j, at)) and any(
        view.actor_at[k].entity.kind == "person" for k in range(j + 1, at) if k in view.actor_at)


def quoted_as_saying(view: SentenceView, j: int, person: EntityRef | None, speaker_of: Callable[[Mention], EntityRef],
                     subject_body: Callable[[int], EntityRef | None] | None = None):
    """"TASS quoted Sergei Ryabkov as saying (that) ...", "Ryabkov was quoted (by TASS) as saying ...",
    '"...," he was quoted as saying': the person quoted is the speaker, whoever carried the words, and the
    words come second-hand (C5 "reported"). *subject_body* reads a passive subject that is a body
    ("the Uzbek energy ministry was quoted", "the ministry was cited") at the token before the auxiliary."""
    if view.lower[j] not in ("saying", "telling") or j < 2 or view.lower[j - 1] != "as":
        return None
    told = view.lower[j] == "telling"  # "was cited as telling state media that ...": the content after "that"
    quoted = next((k for k in range(j - 2, max(-1, j - 24), -1) if view.lower[k] in ("quoted", "cited", "reported")),
                  None)
    if quoted is not None and j - quoted > 10 and (any(view.lower[k] in (".", ";", '"', "“", "”")
                                                       for k in range(quoted, j)) or view.lower[j - 2] != ","):
        return None  # only a title set off by commas lengthens "quoted X, <title>, as saying"
    if quoted is None:
        return None
    between = [view.actor_at[k] for k in range(quoted + 1, j - 1) if k in view.actor_at]
    persons = [m for m in between if m.entity.kind == "person"]
    if told and view.lower[quoted - 1] not in _PASSIVE and not (persons and persons[-1].last == j - 1):
        return None  # "X was cited as telling ...", "Xinhua quoted Xi as telling Lula that ...", not "Xinhua
        # quoted the ministry as telling ..." (read as before)
    before = [m for m in view.actors if m.last <= quoted and not view.in_pp(m) and not _in_relative(view, m.first)]
    body = passive_subject(view, quoted, subject_body) if subject_body is not None else None
    if body is not None:
        speaker = body  # "the Uzbek energy ministry was quoted by Interfax as saying": the ministry, not Uzbekistan
    elif persons:
        speaker = speaker_of(persons[0])
    elif (outlet := _unnamed_quoted_by(view, quoted, j, speaker_of)) is not None:
        speaker = outlet  # '"...," a source at the utility was quoted as saying by AFP': the outlet (C2)
    elif quoted >= 2 and view.lower[quoted - 2] in ("he", "she") and person is not None:
        speaker = person  # "he was quoted as saying"
    elif quoted >= 1 and quoted - 1 not in view.actor_at and (outlet := source_name(view, quoted - 1, -1)) is not None:
        speaker = outlet[0]  # "the state news agency Belta quoted a border official": unnamed, so the outlet (C2)
    elif before:
        speaker = speaker_of(before[-1])
    else:
        return None
    first = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] == "that")
    if told:
        first = next((k + 1 for k in range(j + 1, min(j + 9, len(view.tokens))) if view.lower[k] == "that"
                      and all(view.lower[x] not in (",", ".", ";") for x in range(j + 1, k))), None)
        if first is None:
            return None
    if view.lower[j + 1:j + 2] == ("by",):  # "was quoted as saying by the news agency LANA that ...": past the carrier
        first = next((k + 1 for k in range(j + 2, min(j + 12, len(view.tokens))) if view.lower[k] == "that"
                      and all(view.lower[x] not in (",", ".", ";", '"', "“") for x in range(j + 2, k))), first)
    comma = next((k for k in range(quoted - 1, -1, -1) if view.lower[k] in (",", ".", ";")), None)
    if comma is not None and view.lower[comma] == "," and (first >= len(view.tokens) or view.lower[first] in (
            ".", '"', "”") or only_setting_after(view, first) or _carrier_after(view, first)) and (before_span := clause_before(view, comma + 1)) is not None:
        return speaker, *before_span, "reported"  # "Russia will ..., Rudenko was quoted by RIA as saying on Tuesday"
    if len(view.tokens) - first >= 3:
        return speaker, first, len(view.tokens), "reported"
    span = quote_before(view, quoted - 2 if quoted >= 2 else quoted)
    return (speaker, *span, "reported") if span else None


_PASSIVE = frozenset("was were is are been".split())


def passive_subject(view: SentenceView, quoted: int, subject_body: Callable[[int], EntityRef | None]) -> EntityRef | None:
    """The body that is the passive subject of "<subject> was quoted/cited": read by *subject_body* at the
    subject's last word, or None when "quoted" is active or the subject is a person or a name."""
    k = quoted - 1
    if k < 1 or view.lower[k] not in _PASSIVE:
        return None
    while k > 0 and view.lower[k - 1] in _PASSIVE | {"has", "have", "had", "also"}:
        k -= 1  # "has been quoted", "was also cited"
    head = k - 1
    if head < 0 or head in view.actor_at:
        return None  # a person or a name: read as before
    return subject_body(head)


def body_reader(view: SentenceView, institution, described_at: Callable[[int], EntityRef | None]):
    """A *subject_body* for quoted_as_saying: a state's body ending at the head ("the Uzbek energy ministry"),
    else a description of a body named before ("the ministry", "the agency")."""
    def read(head: int) -> EntityRef | None:
        for mention in view.actors:
            if mention.last <= head and (body := institution(view, mention, head + 1)) is not None:
                return body[0]
        return described_at(head) if head > 0 and view.lower[head - 1] != "," else None
    return read


def _carrier_after(view: SentenceView, k: int) -> bool:
    """"..., X was quoted as saying by state media": after "saying" only the outlet that carried the words."""
    rest = view.lower[k:]
    return bool(rest) and rest[0] == "by" and not any(w in ("that", ",", ":", '"', "“") for w in rest)


_UNNAMED = frozenset("source sources official officials diplomat diplomats spokesman spokeswoman spokesperson "
                     "aide aides insider insiders".split())


def _unnamed_quoted_by(view: SentenceView, quoted: int, saying: int, speaker_of) -> EntityRef | None:
    """The outlet X of "<an unnamed source> was quoted (by X) as saying (by X)", or None when the subject
    before "quoted" names nobody's words but an unnamed source's."""
    by = next((k for k in (*range(quoted + 1, saying - 1), *range(saying + 1, min(saying + 3, len(view.tokens) - 1)))
               if view.lower[k] == "by"), None)
    if by is None:
        return None
    start = max((k + 1 for k in range(quoted) if view.lower[k] in ('"', "”", ".", ";")), default=0)
    subject = range(start, quoted)
    if not any(view.lower[k] in _UNNAMED for k in subject) or any(k in view.actor_at for k in subject):
        return None  # "a Kremlin source", "a US official": the body or state the source speaks for (C2)
    at = by + 1 + (view.lower[by + 1] == "the" and by + 2 < len(view.tokens))
    mention = view.actor_at.get(at)
    if mention is not None:
        return speaker_of(mention) if mention.entity.kind == "organisation" else None
    found = source_name(view, at, 1) if view.tokens[at].text[:1].isupper() else None
    return found[0] if found is not None else None


def _in_relative(view: SentenceView, k: int) -> bool:
    """Is token *k* inside a relative clause set off by commas ("Lula, who last visited Bolivia in 2009, was
    quoted ...")?"""
    opening = next((x for x in range(k - 1, -1, -1) if view.lower[x] == ","), None)
    return opening is not None and view.lower[opening + 1] in ("who", "which") and "," in view.lower[k:]


class QuoteState:
    """Whether each sentence of a paragraph starts inside a quotation, by counting the quotation marks
    before it (the sentencizer often leaves a sentence's opening mark on the sentence before)."""

    def __init__(self) -> None:
        self.block, self.inside = -1, False

    def opens_inside(self, block: int) -> bool:
        """Does the next sentence (in paragraph *block*) start inside an open quotation?"""
        if block != self.block:
            self.block, self.inside = block, False
        return self.inside

    def read(self, lowers: list[str]) -> None:
        """Count the marks of the sentence just read."""
        if _QUOTE_MARKS.isdisjoint(lowers):
            return  # no quotation mark (most sentences)
        for word in lowers:
            if word in ("“", "”"):
                self.inside = word == "“"
            elif word == '"':
                self.inside = not self.inside
