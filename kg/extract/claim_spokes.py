"""An unnamed spokesperson or head speaks for the body before the title (gold rule C2: else the
institution or the state the text makes speak): "a Kremlin spokesman said" is the Kremlin, "NATO's
secretary general said" NATO, and "Iran's foreign ministry spokesman said" Iran, as "a Chinese foreign
ministry spokesman said" was already China (naming the ministry instead lowered dev half B)."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.claim_body_names import body_name_before
from kg.extract.cues import needs
from kg.extract.gazetteer import slug
from kg.extract.institutions import LOWER_INSTITUTION, NAMED_INSTITUTIONS
from kg.extract.view import SentenceView
from kg.model import EntityRef, Mention

_TITLES = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen chief head secretary-general "
                    "general".split())
_OFFICIALS = frozenset("official officials".split())  # only after a body's words: "a foreign ministry official"
_FILLERS = frozenset("also has have had earlier later previously".split())
_MINISTERS = frozenset("minister ambassador envoy".split())  # only after "its", "the country's"
_STATE_NOUNS = frozenset("country nation kingdom state government".split())
_SPEAKING_TITLES = _TITLES | _OFFICIALS | _MINISTERS  # one of them is in every phrase spokesperson_of reads


def _state_before(view: SentenceView, k: int, topic: EntityRef | None) -> EntityRef | None:
    """The state "its" or "the country's" at *k* refers to: the first state in the sentence that is no
    object of a preposition, else the state the report is about."""
    states = [m for m in view.actors if m.last <= k and m.entity.kind == "state"]
    subjects = [m for m in states if not view.in_pp(m) and not view.possessive(m)]
    return subjects[0].entity if subjects else topic


@needs(lambda: _SPEAKING_TITLES)
def spokesperson_of(view: SentenceView, verb: int, speaker: Callable[[Mention], EntityRef],
                    topic: EntityRef | None = None) -> tuple[EntityRef, int] | None:
    """At a speech verb *verb*: (the body an unnamed title before it speaks for, where the body's name
    starts), or None. *topic* is the state the report is about, for "the country's minister said"."""
    k = verb - 1
    while k > 0 and view.lower[k] in _FILLERS:
        k -= 1
    body = body_name_before(view, k) if k > 2 and k not in view.actor_at else None
    if body is not None and view.lower[body[1] - 1] in ("for", "of", "at") \
            and view.lower[body[1] - 2] in _TITLES | _OFFICIALS:  # "a spokeswoman for the Department of ... said"
        return body[0], body[1]
    if k < 1 or k in view.actor_at or view.lower[k] not in _TITLES | _OFFICIALS | _MINISTERS:
        return None
    title = k
    while k > 0 and view.lower[k] in _TITLES | _OFFICIALS | _MINISTERS | {"secretary"} and k not in view.actor_at:
        k -= 1
    words = []
    while k >= 0 and view.lower[k] in LOWER_INSTITUTION and k not in view.actor_at:
        words.append(k)
        k -= 1
    if view.lower[title] in _OFFICIALS and not words:
        return None  # "US officials said": the state itself, read elsewhere
    if view.lower[k] in ("its", "'s", "’s") and (view.lower[k] == "its" or view.lower[k - 1] in _STATE_NOUNS):
        state = _state_before(view, k, topic)  # "..., its finance minister said", "the country's president said"
        return (state, k) if state is not None and view.lower[title] in _MINISTERS else None
    if view.lower[title] in _MINISTERS:
        return None  # "the foreign minister said", "Brazil's president said": read elsewhere
    if k >= 0 and view.lower[k] in ("'s", "’s"):
        k -= 1
    mention = view.actor_at.get(k)
    if mention is None and k >= 0 and view.lower[k] in ("a", "an") and words \
            and view.lower[words[0]] in NAMED_INSTITUTIONS:  # "An economy ministry spokeswoman said": as written
        name = " ".join(view.tokens[w].text for w in reversed(words))
        return EntityRef("organisation", slug(name), name), k
    if mention is None or mention.entity.kind == "person" or view.in_pp(mention):
        return None
    if any(view.lower[w] in NAMED_INSTITUTIONS for w in words):
        return mention.entity, mention.first  # the state of a ministry's unnamed spokesman
    return speaker(mention), mention.first
