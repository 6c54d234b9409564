""""the Washington-based lender", "a London-based monitor", "off the coast in the Sea of Oman", "a party
to the Rome Statute": a state's name used only to place something (a seat, a sea, a city in a name) is
not a state the statement is about (gold rule C3 lists the states named or referred to as actors in what
was said)."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import Mention, Sentence

_SEATED = frozenset("based headquartered".split())
_WATERS = frozenset("sea gulf bay strait straits".split())
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december".split())


def place_names(view: SentenceView) -> set[int]:
    """First tokens of the state mentions in the sentence that only place something."""
    return {m.first for m in view.actors if m.entity.kind == "state" and (
        _placing(view.sentence, m) or _in_a_name(view.sentence, m))}


def not_placing(sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """The mentions less those of states that only place something: they do not make a report about them."""
    by_index = {sentence.index: sentence for sentence in sentences}
    return tuple(m for m in mentions if m.entity.kind != "state" or m.sentence not in by_index
                 or not _placing(by_index[m.sentence], m))


def _placing(sentence: Sentence, mention: Mention) -> bool:
    tokens, k = sentence.tokens, mention.last
    if k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end \
            and tokens[k + 1].text.lower() in _SEATED:
        return True  # "the Washington-based lender"
    return mention.first >= 2 and tokens[mention.first - 1].text.lower() == "of" \
        and tokens[mention.first - 2].text.lower() in _WATERS  # "the Sea of Oman", "the Gulf of Guinea"


def _in_a_name(sentence: Sentence, mention: Mention) -> bool:
    """"the Rome Statute", "the Minsk Agreements": a capital opening a name is no state in what was said
    (it still counts towards what the report is about: "The Washington Post" of a report on the US)."""
    tokens, k = sentence.tokens, mention.last
    return mention.how == "capital" and k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
        and tokens[k].text.lower() not in _CALENDAR
