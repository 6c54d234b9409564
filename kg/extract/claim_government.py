""""Britain will stop most of its aid to Rwanda, the government said": an unnamed government speaking
after a clause whose subject is a state is that state's government, whatever state the report is most
about; elsewhere "the government" is the report's state."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_DASHES = frozenset("— – -".split())
_VERB_AFTER = frozenset("will would is was has had have are were can could plans intends wants".split())


def subject_state(view: SentenceView, j: int) -> EntityRef | None:
    """The state opening the sentence (after a dateline) as the subject of the clause before the
    ", the government said" whose noun is at *j*; else None."""
    if j < 3 or view.lower[j - 2] != ",":
        return None
    start = next((k + 1 for k in range(min(j - 2, 12)) if view.lower[k] in _DASHES), 0)  # "LONDON, Feb 25 –"
    start += view.lower[start] == "the" if start < j else 0
    mention = view.actor_at.get(start)
    if mention is None or mention.first != start or mention.entity.kind != "state" or view.possessive(mention):
        return None
    after = mention.last
    if start > 0 and _dateline_state(view, start) not in (None, mention.entity):
        return None  # "CHISINAU – Russia has halted gas to Moldova, the government said": Moldova's government
    return mention.entity if after < j - 2 and view.lower[after] in _VERB_AFTER else None


def _dateline_state(view: SentenceView, start: int) -> EntityRef | None:
    """The state whose capital the dateline before token *start* names ("LONDON, Feb 25 –"), or None."""
    from kg.extract.claim_about import state_words

    comma = next((k for k in range(start) if view.lower[k] in (",", "(")), start - 1)
    words = " ".join(view.tokens[k].text for k in range(comma)).casefold()
    return state_words().get(words) if words else None
