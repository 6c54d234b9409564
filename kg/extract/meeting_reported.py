"""A meeting told in the attribution after a quote: "Trade between the two countries fell, Lula told reporters
after meeting business leaders". The meeting is the speaker's; the states and "the two countries" of what
was said before the comma are what the speaker talked about, not sides of that meeting (README M1-M2).
"""

from __future__ import annotations

from kg.extract.speech_verbs import SAID_SAYS
from kg.extract.view import SentenceView

_ORDER = frozenset("after before following".split())
_AUDIENCE = frozenset("reporters journalists the press a news conference briefing media on".split())


def speaker_start(view: SentenceView, c_first: int, at: int) -> int:
    """Where the meeting clause of the trigger ending at *at* starts: at the speaker after the comma of
    "<statement>, <speaker> said [to reporters] after <trigger>", else *c_first*.

    The trigger is the words right after "after", "before" or "following" (at most three before *at*),
    and the speech verb stands at most three words before that, over an audience ("told reporters").
    """
    order = next((k for k in range(at - 1, max(c_first, at - 4) - 1, -1) if view.lower[k] in _ORDER), None)
    if order is None:
        return c_first
    verb = order - 1
    while verb > c_first and order - verb <= 4 and view.lower[verb] in _AUDIENCE:
        verb -= 1  # "told reporters after", "told the press before"
    if verb <= c_first or view.lower[verb] not in SAID_SAYS:
        return c_first
    comma = next((k for k in range(verb - 1, max(c_first, verb - 10) - 1, -1) if view.lower[k] == ","), None)
    if comma is None or comma <= c_first:
        return c_first  # "Lula said after meeting Xi that ...": the speaker opens the sentence
    return comma + 1
