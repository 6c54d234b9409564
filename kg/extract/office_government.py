"""The state of a head whom the text names as leading a state's government.

"The Chilean government, led by President Gabriel Boric, ..." and "the Israeli government of Prime
Minister Benjamin Netanyahu" tie the titled leader to the state whose government it is (gold rule O1:
the state the text ties the office to). A titled person whose office no rule tied, right after
"(government|administration|cabinet) [,] led by / headed by / of" with a state's demonym or possessive
before that noun ("Chile's government, headed by ..."), holds the office for that state. "The government
of President Name" with no state stays as it is.
"""

from __future__ import annotations


from kg.extract.office_portfolio import with_title_owners
from kg.extract.persons import PersonFind
from kg.model import EntityRef, Mention, Sentence

_GOVERNMENTS = frozenset("government administration cabinet coalition".split())
_LED = frozenset(("led", "headed", "chaired"))
_POSSESSIVE = ("'s", "’s")


def _government_at(sentence: Sentence, first: int) -> int | None:
    """The index of "government" that the title at *first* leads ("government, led by", "government of")."""
    tokens = sentence.tokens
    i = first
    if i >= 2 and tokens[i - 1].lower == "by" and tokens[i - 2].lower in _LED:
        i -= 2
    elif i >= 1 and tokens[i - 1].lower == "of":
        i -= 1
    else:
        return None
    if i >= 1 and tokens[i - 1].text == "," and tokens[i].lower != "of":
        i -= 1
    return i - 1 if i >= 1 and tokens[i - 1].lower in _GOVERNMENTS else None


def _owner(sentence: Sentence, first: int, states_by_last: dict[int, Mention]) -> EntityRef | None:
    noun = _government_at(sentence, first)
    if noun is None:
        return None
    tokens = sentence.tokens
    end = noun - 1 if noun >= 1 and tokens[noun - 1].text in _POSSESSIVE else noun
    mention = states_by_last.get(end)
    if mention is None:
        return None
    if end == noun and mention.how != "demonym":
        return None  # "the Israel government" is no English; "Israel government" a headline's
    return mention.entity


def with_government_states(finds: list[PersonFind], sentences: tuple[Sentence, ...],
                           mentions: tuple[Mention, ...]) -> list[PersonFind]:
    """*finds* with the state whose government their title is said to lead, where no rule tied one."""
    return with_title_owners(finds, sentences, mentions,
                             lambda sentence, t, find, by_last: _owner(sentence, t.first, by_last))
