"""A present progressive with a time word of the present is a supply under way, not a plan: "Qatar is
sending diesel to Lebanon's army this week", "Turkey is now pumping gas to Syria" are delivered (README A3:
sent, shipped), while "Denmark is donating 19 F-16s" or "is sending troops next month" stay pledged."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView

# Time words that place the act in the present; two-word ones are matched as pairs.
_NOW_WORDS = frozenset("now currently today tonight already".split())
_NOW_PAIRS = frozenset({("this", "week"), ("this", "morning"), ("this", "afternoon"), ("right", "now"),
                        ("at", "present")})
_FUTURE_WORDS = frozenset("next soon later tomorrow from starting".split())
_STOP = frozenset((".", ",", "but", "while", "which", "who", "after", "as", "because", "if", "when", "until"))


def under_way_now(view: SentenceView, verb: int) -> bool:
    """Does a time word of the present stand next to the progressive verb at *verb* (just before it, or
    after it in the same clause) with no word of the future?"""
    words = view.lower
    if verb > 0 and words[verb - 1] in _NOW_WORDS and words[verb - 1] != "today":
        return True  # "is now pumping", "is currently sending", "is already shipping"
    seen_now = False
    for j in range(verb + 1, min(len(words), verb + 16)):
        word = words[j]
        if word in _STOP or word in CLAUSE_END:
            break
        if word in _FUTURE_WORDS:
            return False
        if word in _NOW_WORDS or tuple(words[j:j + 2]) in _NOW_PAIRS:
            seen_now = True
    return seen_now
