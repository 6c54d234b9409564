"""The speaker of a quote that tells an accord in the first person is its party: in "'We have signed a
strategic partnership with Brazil,' the Chinese foreign minister said" or "... with Japan," said the Indian
commerce minister" the "we" who signed is China (India), named only by the demonym of the speaker's title
after the quote; a demonym after the accord noun is otherwise its content, no party."""

from __future__ import annotations

from kg.extract.view import SentenceView

_CLOSE = frozenset("\" ” ' ’".split())
_OPEN = frozenset("\" “ ' ‘".split())
_FIRST_PERSON = frozenset("we our us i my".split())
_SAID = frozenset("said says told added announced stated declared".split())
_BETWEEN = frozenset((",", "the", *_SAID))
# the head of a speaker's title: "the Chinese foreign minister", "the Kenyan president", "the Saudi government"
_TITLES = frozenset("president minister ministry premier chancellor leader king emir prime secretary spokesman "
                    "spokeswoman spokesperson government envoy ambassador governor official".split())


def quoted_speaker(view: SentenceView, at: int, first: int) -> bool:
    """The demonym at *at*, after the agreement noun at *first*, opens the title of the speaker of the quote
    that holds the noun ("the Chinese foreign minister said"), and the quote speaks as "we", "our" or "I"
    before the noun, or as "we" after it ("The memorandum we signed with Qatar ...")."""
    close = next((j for j in range(first + 1, at) if view.tokens[j].text in _CLOSE), None)
    if close is None or not set(view.lower[close + 1:at]) <= _BETWEEN or view.lower[at - 1] != "the":
        return False
    if not any(view.lower[j] in _SAID for j in range(close + 1, at)) and not any(
            view.lower[j] in _SAID for j in range(at + 1, min(at + 6, len(view.tokens)))):
        return False  # "..." the Chinese foreign minister said / said the Chinese foreign minister
    title = next((j for j in range(at + 1, min(at + 4, len(view.tokens))) if view.lower[j] in _TITLES), None)
    if title is None or any(not view.tokens[j].text.islower() for j in range(at + 1, title)):
        return False
    opening = next((j for j in range(first - 1, -1, -1) if view.tokens[j].text in _OPEN), None)
    return opening is not None and (not _FIRST_PERSON.isdisjoint(view.lower[opening + 1:first])
                                    or "we" in view.lower[first + 1:close])  # "The memorandum we signed with Qatar"
