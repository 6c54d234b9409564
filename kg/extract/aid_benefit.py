"""The receiver of aid named as the subject: "A $1 billion loan from India kept Sri Lanka's fuel imports
going", "Chinese money helped Laos finish the railway". The state that a verb of benefit takes as its
object (or the owner of its object) gets the aid."""

from __future__ import annotations

from kg.extract.view import CLAUSE_END, SentenceView
from kg.model import EntityRef

_BENEFIT = frozenset("help allow enable keep let save rescue support boost bolster ease shore prop fund "
                     "finance pay".split())
_SKIP = frozenset("has have had will would could also already is are was were be been to".split())


def benefited(view: SentenceView, noun: int, start: int, donors) -> tuple[EntityRef, ...]:
    """The state after the first verb of benefit from token *start* on, if the aid noun at *noun* opens
    the sentence ("A $1 billion soft loan from India ..."; the words before it uninflected, no actor)."""
    if any(i in view.actor_at or view.lower[i] in (",", ";") or view.lower[i] != view.lemmas[i] for i in range(noun)):
        return ()  # "Officials said a loan from China ...": the noun is not the sentence's subject
    j = start
    while j < len(view.tokens) and (view.lower[j] in _SKIP or view.lower[j].endswith("ly")
                                    or j in view.actor_at or view.lower[j][:1].isdigit()):
        j = view.actor_at[j].last if j in view.actor_at else j + 1
    if j >= len(view.tokens) or view.lemmas[j] not in _BENEFIT:
        return ()
    k = j + 1 + (j + 1 < len(view.tokens) and view.lower[j + 1] in ("up", "the"))
    mention = view.actor_at.get(k)
    if mention is None or mention.entity.kind != "state" or mention.entity in donors \
            or view.lower[k] in CLAUSE_END:
        return ()
    return (mention.entity,)


_RELYING = frozenset("rely depend count borrow".split())


def relying_pronoun(view: SentenceView, noun: int, context) -> tuple[EntityRef, ...]:
    """"It has traditionally relied on loans from the export-import banks of India and China": the pronoun subject
    of a verb of reliance before the aid noun at *noun* is the state the clause before named as its subject."""
    verb = next((j for j in range(noun - 1, max(-1, noun - 6), -1) if view.lemmas[j] in _RELYING), None)
    if verb is None or not view.pronoun_subject(verb):
        return ()
    return tuple(r for r in context.subject if r.kind == "state")
