"""States counted back to: "an additional $524 million for the three countries" after a sentence naming
Ethiopia, Kenya and Somalia. The phrase names no state itself; the getters are the ones the text has in
hand (the discourse context), so the item ends before it and the flow takes the context's getters."""

from __future__ import annotations

from kg.extract.view import SentenceView

_COUNTS = frozenset("two three four five six seven eight nine ten both".split())
_STATE_NOUNS = frozenset("countries nations states neighbours neighbors governments".split())


def numbered_states(view: SentenceView, at: int) -> bool:
    """Does "the <count> countries" (or "both countries") start at *at*?"""
    words = view.lower[at:at + 3]
    return len(words) == 3 and words[0] == "the" and words[1] in _COUNTS and words[2] in _STATE_NOUNS \
        or len(words) >= 2 and words[0] == "both" and words[1] in _STATE_NOUNS
