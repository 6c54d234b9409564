""""The announcement came a week after President Donald Trump visited Doha, where he praised ...": a "he"
or "she" opening a relative clause of place or time is the person who is the subject of the clause the
place or time belongs to, not the one remembered from the sentences before (nor a person named as an
object). A wider variant (any "he" after a subject person in its sentence) lowered dev half B."""

from __future__ import annotations

from kg.extract.view import SentenceView
from kg.model import EntityRef

_RELATIVE = frozenset("where when".split())
_CLAUSE_OPENERS = frozenset([",", ";", "—", "–", "-", "(", "after", "when", "as", "while", "before", "since",
                             "because", "once", "until", "and", "but", "that", "where", "though", "although"])


def subject_person(view: SentenceView, j: int) -> EntityRef | None:
    """The first person opening a clause before the pronoun at *j* in its sentence, when the pronoun opens a
    relative clause of place or time (", where he ...", ", when she ..."), or None."""
    if j < 2 or view.lower[j - 1] not in _RELATIVE or view.lower[j - 2] != ",":
        return None
    for mention in view.actors:
        if mention.last > j:
            return None
        if mention.entity.kind != "person" or view.in_pp(mention) or view.possessive(mention):
            continue
        k = mention.first - 1
        while k >= 0 and k not in view.actor_at and view.tokens[k].text[:1].isupper():
            k -= 1  # over the title: "President Donald Trump"
        if k >= 0 and view.lower[k] == "the":
            continue  # "the US envoy Steve Witkoff": a description, maybe an object
        if k < 0 or view.lower[k] in _CLAUSE_OPENERS:
            return mention.entity
    return None
