"""The speaker of a quote that tells an accord in the first person is its party: in "'We have signed a
strategic partnership with Brazil,' the Chinese foreign minister said" or "... with Japan," said the Indian
commerce minister" the "we" who signed is China (India), named only by the demonym of the speaker's title
after the quote; a demonym after the accord noun is otherwise its content, no party."""

from __future__ import annotations

from kg.extract.event_rules import rules as _rules
from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

_CLOSE = frozenset("\" ” ' ’".split())
_OPEN = frozenset("\" “ ' ‘".split())
_SUBJECTS = frozenset("we i".split())
# "our two countries", "our ministers": the speaker's own side (not "our neighbours", "our partners")
_OURS = frozenset("country countries government governments nation nations two side ministers ministry officials "
                  "leaders delegation negotiators team president prime".split())
_BETWEEN = frozenset((",", "the", *SAID_SAYS))
# the head of a speaker's title: "the Chinese foreign minister", "the Kenyan president", "the Saudi government"
_TITLES = frozenset("president minister ministry premier chancellor leader king emir prime secretary spokesman "
                    "spokeswoman spokesperson government envoy ambassador governor official".split())


def quoted_speaker(view: SentenceView, at: int, first: int) -> bool:
    """The demonym at *at*, after the agreement noun at *first*, opens the title of the speaker of the quote
    that holds the noun ("the Chinese foreign minister said"), and the quote tells the speaker's side made it."""
    close = next((j for j in range(first + 1, at) if view.tokens[j].text in _CLOSE), None)
    if close is None or not set(view.lower[close + 1:at]) <= _BETWEEN or view.lower[at - 1] != "the":
        return False
    if not any(view.lower[j] in SAID_SAYS for j in range(close + 1, at)) and not any(
            view.lower[j] in SAID_SAYS for j in range(at + 1, min(at + 6, len(view.tokens)))):
        return False  # "..." the Chinese foreign minister said / said the Chinese foreign minister
    title = next((j for j in range(at + 1, min(at + 4, len(view.tokens))) if view.lower[j] in _TITLES), None)
    if title is None or any(not view.tokens[j].text.islower() for j in range(at + 1, title)):
        return False
    opening = next((j for j in range(first - 1, -1, -1) if view.tokens[j].text in _OPEN), None)
    return opening is not None and _we_made(view, opening + 1, close)


def _we_made(view: SentenceView, start: int, end: int) -> bool:
    """Does the quote's span [*start*, *end*) make the speaker's side the maker of the accord: "we" or "I" with a
    verb of signing or agreeing within three words after it ("We have signed", "the memorandum we signed"),
    or "our" before the speakers' countries ("Our two countries agreed")? Not "We urged them to sign",
    nor "Our neighbours signed"."""
    rules = _rules()["agreement"]
    made = frozenset((*rules["signed"], *rules["agreed"]))
    for j in range(start, end):
        if view.lower[j] in _SUBJECTS and any(view.lemmas[k] in made for k in range(j + 1, min(j + 4, end))):
            return True
        if view.lower[j] == "our" and j + 1 < end and view.lower[j + 1] in _OURS:
            return True
    return False
