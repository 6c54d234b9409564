"""The span of what was said around a speech verb: a quotation before the speaker, the clause after the
verb ("X said (that) ..."), or the clause before the speaker ("Denmark is retiring its F-16s, Poulsen
said in a statement"), with the setting that may follow the verb ("said on Monday after a call with
...") left out."""

from __future__ import annotations

from kg.extract.claim_before import clause_before, only_setting_after, runs_on, setting_then_that
from kg.extract.claim_described import FRAME_OPENERS
from kg.extract.claim_frames import addressee_end
from kg.extract.claim_next import next_statement
from kg.extract.claim_quotes import quote_before
from kg.extract.office_dateline import dateline_end
from kg.extract.view import SentenceView
from kg.extract.claim_joined_relative import joined_relative, relative_end

_TIME_NOUNS = frozenset("day week month year morning afternoon evening night weekend".split())
_AFTER_VERB_FILLER = frozenset("in on at during to a an the joint statement interview reporters journalists briefing "
                               "tuesday monday wednesday thursday friday saturday sunday x".split())


def claim_span(view: SentenceView, verb: int, speaker_at: int, verbs: dict[str, str], participles: dict[str, str],
               assertion_nouns: frozenset[str]) -> tuple[int, int]:
    """Token span of what was said: a quotation before the speaker, the clause after the verb,
    or the clause before the speaker ("Denmark is retiring its F-16s, Poulsen said in a statement"),
    never the dateline opening the sentence ("NAIROBI, Kenya, May 6 —" is where the report was filed)."""
    first, last = _span(view, verb, speaker_at, verbs, participles, assertion_nouns)
    opening = dateline_end(view.sentence) if first == 0 else 0
    return (opening, last) if opening and last - opening >= 3 else (first, last)


_MEDIA_WORDS = frozenset("the a state news agency broadcaster newspaper daily weekly channel outlet radio television "
                         "tv official private website magazine wire service public independent".split())


def _outlet_told(view: SentenceView, k: int) -> int:
    """Token *k* after "told", or where the outlet's name starts after its description ("the state news agency
    TASS"): the description is no part of what was said."""
    x = k
    while x < len(view.tokens) and x - k < 6 and view.lower[x] in _MEDIA_WORDS and view.tokens[x].text.islower():
        x += 1
    return x if x > k + 1 and x < len(view.tokens) and view.tokens[x].text[:1].isupper() else k


def _has_words(view: SentenceView, first: int, wanted: int) -> bool:
    """Do at least *wanted* words that are no filler ("on Tuesday", "in a statement") follow from token *first*?"""
    found = 0
    for word in view.lower[first:]:
        if word not in _AFTER_VERB_FILLER and word not in (".", ","):
            found += 1
            if found == wanted:
                return True
    return False


def _span(view: SentenceView, verb: int, speaker_at: int, verbs: dict[str, str], participles: dict[str, str],
          assertion_nouns: frozenset[str]) -> tuple[int, int]:
    n = len(view.tokens)
    quoted = quote_before(view, min(speaker_at, verb))
    if quoted:
        return quoted
    before = clause_before(view, speaker_at)
    if speaker_at < verb and before is not None:
        k = verb + 1
        if view.lower[verb] in ("told", "tells"):
            k = _outlet_told(view, k)  # "..., her ambassador told the state news agency TASS, days after ..."
        while view.lower[verb] in ("told", "tells") and k < n and view.tokens[k].text[:1].isupper():
            k += 1  # "..., two sources told Reuters (on Monday), easing ...": the one told is the frame
        while k < n and (view.lower[k] in _AFTER_VERB_FILLER or view.lower[k] in ("late", "earlier", "last", "this")
                         or (view.lower[k] == "that" and k + 1 < n and view.lower[k + 1] in _TIME_NOUNS)):
            k += 1 + (view.lower[k] == "that")  # "said earlier that day."
        if runs_on(view, k, verbs, participles):
            return before[0], n  # "Somalia received 50,000 tonnes, he said, while Mali ...": one statement
        if k >= n or view.lower[k] in (",", ".", ";") or only_setting_after(view, k):
            return before  # "The UAE has deposited $1 billion, Dar said on Wednesday, a day after ..."
    if speaker_at < verb and joined_relative(view, verb, speaker_at):
        return 0, relative_end(view, speaker_at) or speaker_at  # "a trade that Washington has criticised and that
        # Kyiv has described as ...": Washington spoke of the clause before, not of the second relative clause
    if speaker_at < verb:  # "X said (that) ..."
        first = verb + 1
        while first < n and (view.lower[first] in ("that", ",", "on", "in", "reporters", "journalists", "the")
                             or (view.lower[first] in _AFTER_VERB_FILLER and view.lower[first] not in ("a", "an", "to"))):
            first += 1  # "reported on Tuesday that ..."
        first = setting_then_that(view, verb) or first  # "said in a joint statement that ..."
        if view.lower[first] in FRAME_OPENERS:  # "told reporters after talks with Mirzoyan that ...": the setting
            that = next((k for k in range(first + 1, min(first + 15, n)) if view.lower[k] == "that"), None)
            first = that + 1 if that is not None else first
        first = addressee_end(view, verb, first)  # "told Putin that ...": the one told is the frame (C3)
        if _has_words(view, first, 3):
            return first, next_statement(view, first, n, verbs, assertion_nouns)
    end = relative_end(view, speaker_at) if speaker_at < verb else None  # "... and that Poland has called reckless"
    return 0, end or min(speaker_at, verb)  # "..., X said" / "..., said X"
