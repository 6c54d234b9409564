"""Words that may qualify a state's body between the possessive and the body noun without making it another
speaker: "Sudan's army-backed government", "Mali's transitional government", "Haiti's interim council"."""

from __future__ import annotations

from collections.abc import Sequence

_ADJECTIVES = frozenset("interim transitional caretaker outgoing incoming new newly elected military civilian "
                        "de facto ruling coalition".split())
_HYPHEN_ENDS = ("-backed", "-led", "-run", "-controlled", "-appointed", "-installed", "-allied", "-aligned",
                "-dominated", "-supported")


def qualifier(word: str) -> bool:
    """Is the lower-case *word* a qualifier of a body ("army-backed", "interim"), not a body of its own?"""
    return word in _ADJECTIVES or (word.endswith(_HYPHEN_ENDS) and word.replace("-", "").isalpha())


def qualified_body(words: Sequence[str], bodies: frozenset[str]) -> bool:
    """Do *words* (lower case) name one body: qualifiers first, then only body nouns ("army-backed government")?
    A hyphen split off as its own token joins its neighbours again ("army", "-", "backed")."""
    joined: list[str] = []
    for k, word in enumerate(words):
        if word == "-" and joined and k + 1 < len(words):
            joined[-1] += "-"
        elif joined and joined[-1].endswith("-"):
            joined[-1] += word
        else:
            joined.append(word)
    words = joined
    k = 0
    while k < len(words) and qualifier(words[k]) and words[k] not in bodies:
        k += 1
    return 0 < k < len(words) and all(w in bodies for w in words[k:])
